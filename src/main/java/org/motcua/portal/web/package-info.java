/** The portal's public pages and API, without sign-in. */
@org.jspecify.annotations.NullMarked
package org.motcua.portal.web;
