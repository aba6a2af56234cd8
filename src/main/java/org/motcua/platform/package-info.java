/**
 * Runtime platform: the database (embedded PostgreSQL unless an external one is configured),
 * request correlation ids and other infrastructure every module relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.motcua.platform;
