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

	/**
	 * Someone else saved first: puts the latest data in the form, with a message saying so, instead of the
	 * user's stale values (which the page can still show next to it).
	 */
	public static void showLatest(org.springframework.ui.Model model, String formName, Object latest, int latestVersion) {
		org.springframework.validation.BeanPropertyBindingResult errors =
				new org.springframework.validation.BeanPropertyBindingResult(latest, formName);
		errors.reject("error.stale", new Object[] { latestVersion }, "error.stale");
		model.addAttribute(formName, latest);
		model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + formName, errors);
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
