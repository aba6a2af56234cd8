/**
 * Value types and error types shared by every module: the problems a use case can report
 * (not found, conflict, invalid input, forbidden), each carrying a message key for the user's language.
 */
@org.jspecify.annotations.NullMarked
package org.motcua.shared;
