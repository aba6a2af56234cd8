package org.motcua.shared;

import org.springframework.validation.Errors;

/**
 * Puts the problems of an {@link InvalidInputException} on a form's binding result, so each message shows
 * next to its field, in the user's language.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void bind(InvalidInputException ex, Errors errors) {
		for (InvalidInputException.FieldProblem p : ex.problems()) {
			if (hasField(errors, p.field())) {
				errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
			}
			else {
				errors.reject(p.messageKey(), p.args(), p.messageKey());
			}
		}
	}

	private static boolean hasField(Errors errors, String field) {
		try {
			errors.getFieldType(field);
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
