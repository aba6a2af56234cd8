package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.DurationUnit;
import org.motcua.organization.Role;
import org.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessRulesTests {

	static ProcessStep step(String name, String agency, String days) {
		return new ProcessStep(name, agency, Role.SPECIALIST, new BigDecimal(days), null, false);
	}

	static ProcessStep parallel(String name, String agency, String days, int group, boolean lead) {
		return new ProcessStep(name, agency, Role.SPECIALIST, new BigDecimal(days), group, lead);
	}

	static List<String> problems(List<ProcessStep> steps, String legalDays) {
		InvalidInputException.Collector c = new InvalidInputException.Collector();
		ProcessRules.check(steps, legalDays == null ? null : ProcessingTime.of(legalDays, DurationUnit.WORKING_DAYS), a -> !a.equals("X.UNKNOWN"), c);
		try {
			c.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
		}
	}

	@Test
	void sequentialStepsAddUp() {
		assertThat(ProcessRules.total(List.of(step("a", null, "0.5"), step("b", "A", "3"), step("c", null, "1.5"))))
			.isEqualByComparingTo("5");
	}

	@Test
	void aParallelGroupCountsOnlyItsLongestBranch() {
		List<ProcessStep> steps = List.of(step("receive", null, "0.5"), parallel("appraise", "A", "4", 1, true),
				parallel("tax", "B", "2", 1, false), step("sign", null, "1"));
		assertThat(ProcessRules.total(steps)).isEqualByComparingTo("5.5");
		assertThat(ProcessRules.stages(steps)).hasSize(3);
		assertThat(problems(steps, "5.5")).isEmpty();
	}

	@Test
	void stepsOfOneAgencyInAGroupFormOneBranch() {
		List<ProcessStep> steps = List.of(parallel("check", "A", "2", 1, true), parallel("visit", "A", "2", 1, false),
				parallel("tax", "B", "3", 1, false));
		assertThat(ProcessRules.total(steps)).isEqualByComparingTo("4");
	}

	@Test
	void allotmentsThatExceedTheLegalTimeAreRefused() {
		List<ProcessStep> steps = List.of(step("receive", null, "1"), parallel("a", "A", "4", 1, true), parallel("b", "B", "5", 1, false));
		assertThat(problems(steps, "5")).containsExactly("steps error.catalog.process.exceeds");
		assertThat(problems(steps, "6")).isEmpty();
	}

	@Test
	void aGroupNeedsExactlyOneLeadAgencyAndAtLeastTwoSteps() {
		assertThat(problems(List.of(parallel("a", "A", "1", 1, true), parallel("b", "B", "1", 1, true)), "5"))
			.containsExactly("steps[0].lead error.catalog.process.group-lead");
		assertThat(problems(List.of(parallel("a", "A", "1", 1, false), parallel("b", "B", "1", 1, false)), "5"))
			.containsExactly("steps[0].lead error.catalog.process.group-lead");
		assertThat(problems(List.of(step("x", null, "1"), parallel("a", "A", "1", 2, true)), "5"))
			.containsExactly("steps[1].parallelGroup error.catalog.process.group-single");
	}

	@Test
	void theStepsOfAGroupMustBeContiguous() {
		List<ProcessStep> steps = List.of(parallel("a", "A", "1", 1, true), step("x", null, "1"), parallel("b", "B", "1", 1, false));
		assertThat(problems(steps, "5")).contains("steps[2].parallelGroup error.catalog.process.group-split");
	}

	@Test
	void everyStepProblemIsNamedByItsPosition() {
		List<ProcessStep> steps = List.of(new ProcessStep("", "X.UNKNOWN", null, BigDecimal.ZERO, null, true),
				step("ok", null, "0.25"));
		assertThat(problems(steps, "5")).containsExactlyInAnyOrder("steps[0].name error.required", "steps[0].role error.required",
				"steps[0].allotment error.catalog.process.allotment-positive", "steps[0].agencyCode error.agency.not-found",
				"steps[0].lead error.catalog.process.lead-outside-group", "steps[1].allotment error.catalog.time-half-days");
	}

	@Test
	void withoutALegalTimeTheStepsCannotBeChecked() {
		assertThat(problems(List.of(step("a", null, "1")), null)).containsExactly("steps error.catalog.process.no-legal-time");
		assertThat(problems(List.of(), "5")).containsExactly("steps error.catalog.process.empty");
	}

	@Test
	void calendarDaysAndMonthsAreWholeNumbers() {
		assertThat(ProcessRules.fitsGranularity(new BigDecimal("1.5"), DurationUnit.CALENDAR_DAYS)).isFalse();
		assertThat(ProcessRules.fitsGranularity(new BigDecimal("2"), DurationUnit.MONTHS)).isTrue();
		assertThat(ProcessRules.fitsGranularity(new BigDecimal("1.5"), DurationUnit.WORKING_DAYS)).isTrue();
		assertThat(ProcessRules.fitsGranularity(new BigDecimal("1.25"), DurationUnit.WORKING_DAYS)).isFalse();
	}
}
