/**
 * The UI shell and web conventions shared by every module: layout, navigation by role, language
 * (Vietnamese by default, English and Thai), error pages for people and RFC 9457 problem responses for
 * the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "organization", "audit", "security" })
@org.jspecify.annotations.NullMarked
package org.motcua.web;
