package org.motcua.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule. Lists every problem at once, each tied to the field it concerns, so a form
 * can show the messages next to the fields and an API client can fix everything in one go.
 */
public class InvalidInputException extends DomainException {

	private final transient List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("error.invalid-input");
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	public record FieldProblem(String field, String messageKey, Object... args) {
	}

	/** Collects problems and throws once at the end if there were any. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector add(String field, String messageKey, Object... args) {
			problems.add(new FieldProblem(field, messageKey, args));
			return this;
		}

		public Collector check(boolean ok, String field, String messageKey, Object... args) {
			if (!ok) {
				add(field, messageKey, args);
			}
			return this;
		}

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}
	}
}
