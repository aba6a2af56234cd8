package org.motcua.catalog;

/**
 * One problem found in an imported workbook: where it is (sheet name, 1-based row as Excel numbers it, column
 * letter and header) and why, as a message key with its arguments for the reader's language.
 */
public record ImportProblem(String sheet, int row, String column, String header, String messageKey, Object... args) {
}
