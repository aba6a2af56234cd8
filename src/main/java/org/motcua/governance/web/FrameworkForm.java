package org.motcua.governance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.motcua.governance.assessment.Assessments;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.shared.InvalidInputException;
import org.springframework.validation.Errors;

/**
 * A PAR-index framework as the page edits it: one row per criterion, the tree given by the codes ("1" is an area,
 * "1.1" a criterion in it, "1.1.2" a sub-criterion; a row whose parent code is not there is an area). Adding a row
 * adds a criterion, clearing a row removes it. Points are entered on leaves; an area's points are the sum of its
 * criteria. The service checks the tree; its problems, reported on the nested criteria, are put back on the rows.
 */
public class FrameworkForm {

	static final int MIN_ROWS = 20;
	static final int SPARE_ROWS = 5;

	private @Nullable Integer year;
	private @Nullable String scope;
	private @Nullable String name;
	private @Nullable String decisionRef;
	private int version;
	private List<Row> rows = new ArrayList<>();
	/** Where each criterion of the last command came from: its path in the command → its row. */
	private final Map<String, Integer> rowOfPath = new HashMap<>();

	FrameworkForm() {
		pad();
	}

	static FrameworkForm of(Assessments.Framework f, List<Assessments.FrameworkCriterion> criteria) {
		FrameworkForm form = new FrameworkForm();
		form.year = f.year();
		form.scope = f.scope();
		form.name = f.name();
		form.decisionRef = f.decisionRef();
		form.version = f.version();
		form.rows = new ArrayList<>();
		for (Assessments.FrameworkCriterion c : criteria) {
			Row row = new Row();
			row.code = c.code();
			row.title = c.title();
			row.maxPoints = c.leaf() ? c.maxPoints() : null;
			row.measure = c.measure();
			form.rows.add(row);
		}
		form.pad();
		return form;
	}

	public static class Row {

		private @Nullable String code;
		private @Nullable String title;
		private @Nullable BigDecimal maxPoints;
		private @Nullable TargetKind measure;

		boolean blank() {
			return (code == null || code.isBlank()) && (title == null || title.isBlank()) && maxPoints == null && measure == null;
		}

		public @Nullable String getCode() {
			return code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable BigDecimal getMaxPoints() {
			return maxPoints;
		}

		public void setMaxPoints(@Nullable BigDecimal maxPoints) {
			this.maxPoints = maxPoints;
		}

		public @Nullable TargetKind getMeasure() {
			return measure;
		}

		public void setMeasure(@Nullable TargetKind measure) {
			this.measure = measure;
		}
	}

	/** A criterion being assembled: its row and its children. */
	private record Draft(int row, List<Draft> children) {
	}

	/** Drops the empty rows, builds the tree from the codes and remembers which row each criterion came from. */
	Assessments.NewFramework toCommand() {
		rows = new ArrayList<>(rows.stream().filter(r -> !r.blank()).toList());
		Map<String, Draft> byCode = new LinkedHashMap<>();
		List<Draft> roots = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			String code = rows.get(i).code == null ? "" : rows.get(i).code.strip();
			Draft draft = new Draft(i, new ArrayList<>());
			int dot = code.lastIndexOf('.');
			Draft parent = dot > 0 ? byCode.get(code.substring(0, dot)) : null;
			(parent == null ? roots : parent.children()).add(draft);
			if (!code.isEmpty()) {
				byCode.putIfAbsent(code, draft);
			}
		}
		rowOfPath.clear();
		return new Assessments.NewFramework(year, scope, name, decisionRef, criteria(roots, "criteria"));
	}

	private List<Assessments.NewCriterion> criteria(List<Draft> drafts, String path) {
		List<Assessments.NewCriterion> out = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			String p = path + "[" + i + "]";
			rowOfPath.put(p, d.row());
			Row r = rows.get(d.row());
			List<Assessments.NewCriterion> children = criteria(d.children(), p + ".children");
			out.add(new Assessments.NewCriterion(r.code, r.title, children.isEmpty() ? r.maxPoints : null, children.isEmpty() ? r.measure : null,
					children));
		}
		return out;
	}

	/** Puts the service's problems next to the fields: a criterion's on its row, "criteria" on the table. */
	void bind(InvalidInputException ex, Errors errors) {
		for (InvalidInputException.FieldProblem p : ex.problems()) {
			String field = p.field();
			int cut = field.lastIndexOf('.');
			Integer row = cut > 0 ? rowOfPath.get(field.substring(0, cut)) : null;
			if (row != null) {
				errors.rejectValue("rows[" + row + "]." + field.substring(cut + 1), p.messageKey(), p.args(), p.messageKey());
			}
			else if (field.equals("criteria")) {
				errors.rejectValue("rows", p.messageKey(), p.args(), p.messageKey());
			}
			else if (List.of("year", "scope", "name", "decisionRef").contains(field)) {
				errors.rejectValue(field, p.messageKey(), p.args(), p.messageKey());
			}
			else {
				errors.reject(p.messageKey(), p.args(), p.messageKey());
			}
		}
	}

	/** Empty rows to add criteria: at least {@value #MIN_ROWS}, and {@value #SPARE_ROWS} more than filled. */
	void pad() {
		int target = Math.max(MIN_ROWS, rows.size() + SPARE_ROWS);
		while (rows.size() < target) {
			rows.add(new Row());
		}
	}

	/** How deep a row's code is nested (for the page's indentation). */
	public int depthOf(@Nullable String code) {
		return code == null ? 0 : (int) code.chars().filter(c -> c == '.').count();
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable String getScope() {
		return scope;
	}

	public void setScope(@Nullable String scope) {
		this.scope = scope;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(@Nullable String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}
}
