package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.motcua.calendar.DurationUnit;
import org.motcua.shared.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of an internal process, without Spring: how long its steps take end to end, and whether the steps
 * are well formed and fit inside the legal processing time.
 * <p>
 * Steps run in order. Consecutive steps that share a {@code parallelGroup} number form a parallel stage: each
 * agency in the group is a branch (its steps in the group add up), the stage lasts as long as its longest branch,
 * and exactly one step of the group is the lead agency (cơ quan chủ trì, Decree 61/2018 Art. 19(6)–(7), carried
 * over by Decree 118/2025).
 */
public final class ProcessRules {

	private ProcessRules() {
	}

	/** A stage: one sequential step, or the steps of a parallel group. */
	public record Stage(@Nullable Integer parallelGroup, List<ProcessStep> steps, BigDecimal duration) {

		public boolean parallel() {
			return parallelGroup != null;
		}
	}

	/** The steps as stages, in order. */
	public static List<Stage> stages(List<ProcessStep> steps) {
		List<Stage> stages = new ArrayList<>();
		int i = 0;
		while (i < steps.size()) {
			ProcessStep step = steps.get(i);
			if (step.parallelGroup() == null) {
				stages.add(new Stage(null, List.of(step), step.allotment()));
				i++;
				continue;
			}
			List<ProcessStep> group = new ArrayList<>();
			while (i < steps.size() && Objects.equals(steps.get(i).parallelGroup(), step.parallelGroup())) {
				group.add(steps.get(i));
				i++;
			}
			stages.add(new Stage(step.parallelGroup(), List.copyOf(group), longestBranch(group)));
		}
		return stages;
	}

	/** The end-to-end time: sequential steps add up, a parallel group counts its longest branch. */
	public static BigDecimal total(List<ProcessStep> steps) {
		return Decimals.orZero(stages(steps).stream().map(Stage::duration).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private static BigDecimal longestBranch(List<ProcessStep> group) {
		Map<String, BigDecimal> branches = new LinkedHashMap<>();
		for (ProcessStep s : group) {
			branches.merge(Objects.toString(s.agencyCode(), ""), s.allotment(), BigDecimal::add);
		}
		return branches.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
	}

	/**
	 * Adds every problem of {@code steps} to {@code problems}, naming fields as a form binds them
	 * ({@code steps[2].allotment}).
	 * @param legal the procedure's processing time; the total must fit inside it
	 * @param agencyKnown whether an agency electronic ID exists
	 */
	public static void check(List<ProcessStep> steps, @Nullable ProcessingTime legal, Predicate<String> agencyKnown,
			InvalidInputException.Collector problems) {
		if (steps.isEmpty()) {
			problems.add("steps", "error.catalog.process.empty");
			return;
		}
		DurationUnit unit = legal == null ? null : legal.unit();
		Map<Integer, Integer> firstIndex = new HashMap<>();
		Set<Integer> closed = new HashSet<>();
		Integer previous = null;
		for (int i = 0; i < steps.size(); i++) {
			ProcessStep s = steps.get(i);
			String at = "steps[" + i + "].";
			problems.check(!s.name().isEmpty(), at + "name", "error.required");
			problems.check(s.name().length() <= 300, at + "name", "error.catalog.too-long", 300);
			problems.check(s.role() != null, at + "role", "error.required");
			if (s.allotment().signum() <= 0) {
				problems.add(at + "allotment", "error.catalog.process.allotment-positive");
			}
			else if (unit != null && !fitsGranularity(s.allotment(), unit)) {
				problems.add(at + "allotment", unit == DurationUnit.WORKING_DAYS ? "error.catalog.time-half-days"
						: "error.catalog.time-whole");
			}
			if (s.agencyCode() != null && !agencyKnown.test(s.agencyCode())) {
				problems.add(at + "agencyCode", "error.agency.not-found", s.agencyCode());
			}
			Integer group = s.parallelGroup();
			if (group == null) {
				problems.check(!s.lead(), at + "lead", "error.catalog.process.lead-outside-group");
			}
			else if (group < 1) {
				problems.add(at + "parallelGroup", "error.catalog.process.group-number");
			}
			else if (!group.equals(previous)) {
				if (closed.contains(group) || firstIndex.containsKey(group)) {
					problems.add(at + "parallelGroup", "error.catalog.process.group-split", group);
				}
				else {
					firstIndex.put(group, i);
				}
			}
			if (previous != null && !previous.equals(group)) {
				closed.add(previous);
			}
			previous = group;
		}
		for (Stage stage : stages(steps)) {
			if (!stage.parallel() || stage.parallelGroup() < 1) {
				continue;
			}
			int first = firstIndex.getOrDefault(stage.parallelGroup(), steps.indexOf(stage.steps().get(0)));
			if (stage.steps().size() < 2) {
				problems.add("steps[" + first + "].parallelGroup", "error.catalog.process.group-single", stage.parallelGroup());
			}
			long leads = stage.steps().stream().filter(ProcessStep::lead).count();
			if (leads != 1) {
				problems.add("steps[" + first + "].lead", "error.catalog.process.group-lead", stage.parallelGroup());
			}
		}
		if (legal == null) {
			problems.add("steps", "error.catalog.process.no-legal-time");
		}
		else {
			BigDecimal total = total(steps);
			if (total.compareTo(legal.amount()) > 0) {
				problems.add("steps", "error.catalog.process.exceeds", total.toPlainString(), legal.amount().toPlainString(),
						unitLabel(legal.unit()));
			}
		}
	}

	/** The unit's name in the reader's language, as a message argument. */
	static MessageSourceResolvable unitLabel(DurationUnit unit) {
		return new DefaultMessageSourceResolvable(new String[] { "catalog.unit." + unit.name() }, unit.name());
	}

	/** Working days count in half days (the calendar's sessions); calendar days and months in whole units. */
	static boolean fitsGranularity(BigDecimal amount, DurationUnit unit) {
		return switch (unit) {
			case WORKING_DAYS -> amount.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
			case CALENDAR_DAYS, MONTHS -> amount.stripTrailingZeros().scale() <= 0;
			case WORKING_HOURS -> amount.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
		};
	}
}
