package org.motcua.demo;

import java.time.LocalDate;
import java.util.List;

import java.math.BigDecimal;

import org.motcua.governance.assessment.Assessment;
import org.motcua.governance.assessment.Assessments;
import org.motcua.governance.assessment.Assessments.NewCriterion;
import org.motcua.governance.bodies.Bodies;
import org.motcua.governance.bodies.SteeringBody;
import org.motcua.governance.commitments.Commitment;
import org.motcua.governance.commitments.CommitmentCommands;
import org.motcua.governance.commitments.CommitmentCommands.NewCommitment;
import org.motcua.governance.commitments.CommitmentCommands.NewTarget;
import org.motcua.governance.commitments.Commitments;
import org.motcua.governance.commitments.Consequence;
import org.motcua.governance.commitments.TargetKind;
import org.motcua.governance.inspections.FindingCategory;
import org.motcua.governance.inspections.FindingKind;
import org.motcua.governance.inspections.Inspection;
import org.motcua.governance.inspections.InspectionCommands.ChecklistResult;
import org.motcua.governance.inspections.InspectionCommands.Closure;
import org.motcua.governance.inspections.InspectionCommands.NewFinding;
import org.motcua.governance.inspections.InspectionCommands.NewInspection;
import org.motcua.governance.inspections.InspectionCommands.NewMember;
import org.motcua.governance.inspections.InspectionCommands.NewRecommendation;
import org.motcua.governance.inspections.Inspections;
import org.motcua.governance.legal.Conclusion;
import org.motcua.governance.legal.DocumentKind;
import org.motcua.governance.legal.DocumentStatus;
import org.motcua.governance.legal.Issuer;
import org.motcua.governance.legal.LegalCommands;
import org.motcua.governance.legal.LegalDocument;
import org.motcua.governance.legal.LegalDocuments;
import org.motcua.governance.legal.LegalReview;
import org.motcua.governance.tasks.PlanKind;
import org.motcua.governance.tasks.Plan;
import org.motcua.governance.tasks.Plans;
import org.motcua.governance.tasks.TaskCommands.NewMilestone;
import org.motcua.governance.tasks.TaskCommands.NewPlan;
import org.motcua.governance.tasks.TaskCommands.NewTask;
import org.motcua.governance.tasks.TaskPriority;
import org.motcua.governance.tasks.TaskReminders;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * Demo governance data reproducing the seed inspection of administrative reform in Đô Lương and Tân Kỳ: the 2024 reform
 * plan of Đô Lương with its tasks as they ended, and current tasks at the commune of Đô Lương (one about to fall due,
 * one overdue and escalated to the chairman). Every title carries "(demo)"; people and dates are illustrative.
 */
@Component
class DemoGovernance {

	static final String NOTE = "Dữ liệu minh họa (demo), dựng lại theo báo cáo kiểm tra CCHC tại Đô Lương và Tân Kỳ.";

	private final Plans plans;
	private final Tasks tasks;
	private final TaskReminders reminders;
	private final LegalDocuments legal;
	private final Inspections inspections;
	private final Organization organization;
	private final Commitments commitments;
	private final Bodies bodies;
	private final Assessments assessments;

	DemoGovernance(Plans plans, Tasks tasks, TaskReminders reminders, LegalDocuments legal, Inspections inspections, Organization organization,
			Commitments commitments, Bodies bodies, Assessments assessments) {
		this.assessments = assessments;
		this.bodies = bodies;
		this.commitments = commitments;
		this.plans = plans;
		this.legal = legal;
		this.inspections = inspections;
		this.organization = organization;
		this.tasks = tasks;
		this.reminders = reminders;
	}

	void load() {
		Caller sys = Caller.system();
		LocalDate today = tasks.today();
		loadBodies(sys);
		loadTasks(sys, today);
		loadLegalReview(sys);
		loadInspections(sys, today);
		loadCommitments(sys, today);
		loadAssessment(sys, today);
		reminders.runFor(today);
	}

	/**
	 * An illustrative commune index for this year (four areas, 100 points; the province's real criteria and points were
	 * not available) with the self-assessments of the communes of Đô Lương and Tân Kỳ: pre-filled from system data where
	 * measurable, self-scored with evidence elsewhere, one of them appraised. The ranking follows from the scores.
	 */
	private void loadAssessment(Caller sys, LocalDate today) {
		int year = today.getYear();
		var framework = assessments.createFramework(sys, new Assessments.NewFramework(year, "COMMUNE",
				"Bộ chỉ số CCHC cấp xã năm %d (demo)".formatted(year), "QĐ số 77/QĐ-UBND (demo)", List.of(
						new NewCriterion("1", "Công tác chỉ đạo, điều hành CCHC (demo)", null, null, List.of(
								new NewCriterion("1.1", "Ban hành kế hoạch CCHC năm đúng hạn (demo)", new BigDecimal("5"), null, null),
								new NewCriterion("1.2", "Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn (demo)", new BigDecimal("10"), TargetKind.TASKS_ON_TIME_RATE, null))),
						new NewCriterion("2", "Cải cách thủ tục hành chính (demo)", null, null, List.of(
								new NewCriterion("2.1", "Công khai TTHC đầy đủ, đúng quy định (demo)", new BigDecimal("10"), null, null),
								new NewCriterion("2.2", "Tỷ lệ hồ sơ giải quyết đúng hạn (demo)", new BigDecimal("15"), TargetKind.ON_TIME_RATE, null),
								new NewCriterion("2.3", "Tỷ lệ hồ sơ trực tuyến (demo)", new BigDecimal("10"), TargetKind.ONLINE_RATE, null))),
						new NewCriterion("3", "Cải cách thể chế (demo)", null, null, List.of(
								new NewCriterion("3.1", "Rà soát văn bản QPPL (demo)", new BigDecimal("20"), null, null))),
						new NewCriterion("4", "Xây dựng chính quyền số (demo)", null, null, List.of(
								new NewCriterion("4.1", "Số hóa hồ sơ, kết quả giải quyết TTHC (demo)", new BigDecimal("15"), null, null),
								new NewCriterion("4.2", "Cập nhật trang thông tin điện tử (demo)", new BigDecimal("15"), null, null))))));
		Assessment doLuong = selfAssess(sys, framework.id(), "H41.50", new BigDecimal("0.9"));
		Assessment tanKy = selfAssess(sys, framework.id(), "H41.52", new BigDecimal("0.7"));
		doLuong = assessments.advance(sys, doLuong.id(), doLuong.version());
		for (Assessment.Row r : doLuong.rows()) {
			if (r.leaf()) {
				BigDecimal score = r.selfScore() == null ? BigDecimal.ZERO : r.selfScore();
				BigDecimal appraised = r.prefilled() ? score : score.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
				doLuong = assessments.appraise(sys, doLuong.id(), r.criterionId(), appraised, r.prefilled() ? null : "Trừ 1 điểm: tài liệu kiểm chứng chưa đầy đủ (demo)", doLuong.version());
			}
		}
		assessments.advance(sys, doLuong.id(), doLuong.version());
		assessments.advance(sys, tanKy.id(), tanKy.version());
	}

	private Assessment selfAssess(Caller sys, long framework, String unit, BigDecimal share) {
		Assessment a = assessments.start(sys, framework, unit);
		for (Assessment.Row r : a.rows()) {
			if (r.leaf() && !r.prefilled()) {
				a = assessments.selfScore(sys, a.id(), r.criterionId(), r.maxPoints().multiply(share).setScale(2, java.math.RoundingMode.HALF_UP),
						"Báo cáo tự đánh giá kèm tài liệu kiểm chứng (demo)", a.version());
			}
			else if (r.leaf() && r.selfScore() == null) {
				a = assessments.selfScore(sys, a.id(), r.criterionId(), BigDecimal.ZERO, null, a.version());
			}
		}
		return a;
	}

	/**
	 * The 2024 commitments that heads of offices and commune chairmen of Đô Lương and Tân Kỳ signed with their district
	 * chairman, evaluated at the end of 2024 (one not achieved: transfer to other work), and the commune of Đô Lương's
	 * commitment of this year with the province's chairman, measured live from the demo dossiers and tasks.
	 */
	private void loadCommitments(Caller sys, LocalDate today) {
		LocalDate signed = LocalDate.of(2024, 1, 25);
		LocalDate evaluated = LocalDate.of(2024, 12, 20);
		Commitment c1 = commitments.create(sys, new NewCommitment(2024, "truongphong.doluong", "Trưởng phòng Tài nguyên và Môi trường",
				"chutich.doluong", "Chủ tịch UBND huyện Đô Lương", signed, List.of(
						new NewTarget(TargetKind.TASKS_ON_TIME_RATE, new BigDecimal("70"), "Hoàn thành đúng hạn các nhiệm vụ CCHC được giao (demo)"),
						new NewTarget(TargetKind.QUALITATIVE, null, "Không để hồ sơ đất đai trễ hạn mà không xin lỗi (demo)"))));
		evaluate(c1, evaluated, true, Consequence.CONTINUES, null, "Đã khắc phục theo kiến nghị kiểm tra (demo)");
		Commitment c2 = commitments.create(sys, new NewCommitment(2024, "chutich.xadason", "Chủ tịch UBND xã Đà Sơn", "chutich.doluong",
				"Chủ tịch UBND huyện Đô Lương", signed, List.of(
						new NewTarget(TargetKind.ONLINE_RATE, new BigDecimal("30"), "Tỷ lệ hồ sơ nộp trực tuyến (demo)"),
						new NewTarget(TargetKind.QUALITATIVE, null, "Công khai đầy đủ TTHC tại bộ phận một cửa (demo)"))));
		evaluate(c2, evaluated, false, Consequence.TRANSFER, "QĐ số 2051/QĐ-UBND ngày 27/12/2024 (demo)",
				"Tỷ lệ trực tuyến và công khai TTHC không đạt (demo)");
		Commitment c3 = commitments.create(sys, new NewCommitment(2024, "truongphong.tanky", "Trưởng phòng Tư pháp", "chutich.tanky",
				"Chủ tịch UBND huyện Tân Kỳ", signed, List.of(
						new NewTarget(TargetKind.TASKS_ON_TIME_RATE, new BigDecimal("80"), "Hoàn thành đúng hạn các nhiệm vụ CCHC được giao (demo)"),
						new NewTarget(TargetKind.QUALITATIVE, null, "Hoàn thành rà soát, hệ thống hóa văn bản QPPL của huyện (demo)"))));
		evaluate(c3, evaluated, true, Consequence.CONTINUES, null, "Rà soát xong 35 văn bản (demo)");
		Commitment c4 = commitments.create(sys, new NewCommitment(2024, "chutich.thitrantanky", "Chủ tịch UBND thị trấn Tân Kỳ", "chutich.tanky",
				"Chủ tịch UBND huyện Tân Kỳ", signed, List.of(
						new NewTarget(TargetKind.LATE_DOSSIERS_MAX, BigDecimal.ZERO, "Không có hồ sơ trễ hạn (demo)"),
						new NewTarget(TargetKind.DIGITIZED_RATE, new BigDecimal("50"), "Số hóa kết quả giải quyết TTHC (demo)"))));
		evaluate(c4, evaluated, true, Consequence.CONTINUES, null, "Theo báo cáo của đơn vị (demo)");

		commitments.create(sys, new NewCommitment(today.getYear(), "chutich.xadoluong", "Chủ tịch UBND xã Đô Lương", "chutich.nghean",
				"Chủ tịch UBND tỉnh Nghệ An", LocalDate.of(today.getYear(), 1, 20), List.of(
						new NewTarget(TargetKind.ON_TIME_RATE, new BigDecimal("90"), "Giải quyết hồ sơ đúng hạn (demo)"),
						new NewTarget(TargetKind.LATE_DOSSIERS_MAX, new BigDecimal("2"), "Số hồ sơ trễ hạn trong năm (demo)"),
						new NewTarget(TargetKind.ONLINE_RATE, new BigDecimal("20"), "Tỷ lệ hồ sơ trực tuyến (demo)"),
						new NewTarget(TargetKind.TASKS_ON_TIME_RATE, new BigDecimal("80"), "Hoàn thành đúng hạn nhiệm vụ CCHC của xã (demo)"),
						new NewTarget(TargetKind.QUALITATIVE, null, "Khắc phục các tồn tại theo kết luận kiểm tra (demo)"))));
	}

	/** Records the evaluation as the district chairman gave it; targets the data cannot decide get {@code assessed}. */
	private void evaluate(Commitment c, LocalDate on, boolean assessed, Consequence consequence, String decision, String note) {
		List<CommitmentCommands.TargetAssessment> assessments = c.targets().stream()
			.filter(t -> t.status() != org.motcua.governance.commitments.TargetStatus.ON_TRACK
					&& t.status() != org.motcua.governance.commitments.TargetStatus.AT_RISK)
			.map(t -> new CommitmentCommands.TargetAssessment(t.id(), assessed, note)).toList();
		commitments.evaluate(organization.caller(c.counterpart()), c.id(), new CommitmentCommands.Evaluation(assessments, consequence, decision, note,
				on, c.version()));
	}

	static final List<String> CHECKLIST = List.of(
			"Ban hành kế hoạch CCHC năm, phân công rõ cá nhân chịu trách nhiệm (demo)",
			"Công khai đầy đủ TTHC tại bộ phận một cửa và trên cổng thông tin (demo)",
			"Hồ sơ giải quyết đúng hạn; xin lỗi khi trễ hạn (demo)",
			"Rà soát văn bản QPPL theo quy định (demo)",
			"Tỷ lệ hồ sơ trực tuyến và số hóa kết quả (demo)");

	/**
	 * The seed inspection of 2024 in Đô Lương and Tân Kỳ, with its strengths, its shortcomings and their recommendations
	 * as they were followed up (tasks recorded with their outcome, recommendations closed by the inspector), and a current
	 * inspection of the commune of Đô Lương in progress, where the inspector records findings today.
	 */
	private void loadInspections(Caller sys, LocalDate today) {
		Caller inspector = organization.caller("kiemtra.nghean");
		Inspection seed = inspections.create(sys, new NewInspection("Kiểm tra công tác cải cách hành chính năm 2024 tại huyện Đô Lương và huyện Tân Kỳ (demo)",
				"QĐ số 215/QĐ-SNV ngày 02/9/2024 (demo)", 2024, LocalDate.of(2024, 9, 16), LocalDate.of(2024, 9, 27),
				List.of(new NewMember("kiemtra.nghean", Inspection.MemberRole.LEAD), new NewMember("cchc.nghean", Inspection.MemberRole.SECRETARY)),
				List.of("H41.20", "H41.21"), CHECKLIST));
		long id = seed.id();
		inspections.recordHistory(sys, id, new NewFinding("H41.20", FindingKind.STRENGTH, FindingCategory.INITIATIVE_INNOVATION,
				"Đề xuất 12 phương án đơn giản hóa TTHC, có tính chi phí tuân thủ (demo)", null), TaskStatus.DONE, null);
		inspections.recordHistory(sys, id, new NewFinding("H41.21", FindingKind.STRENGTH, FindingCategory.LEGAL_DOCUMENTS,
				"Hoàn thành rà soát văn bản QPPL: 21 hết hiệu lực, 14 còn hiệu lực, 1 đề nghị sửa đổi (demo)", null), TaskStatus.DONE, null);
		inspections.recordHistory(sys, id, new NewFinding("H41.20", FindingKind.SHORTCOMING, FindingCategory.LATE_DOSSIERS,
				"Còn hồ sơ đất đai trễ hạn chưa có văn bản xin lỗi (demo)", new NewRecommendation(
						"Rà soát toàn bộ hồ sơ đất đai trễ hạn, thực hiện xin lỗi và hẹn lại theo quy định (demo)", "chuyenvien.doluong", "H41.20.03",
						LocalDate.of(2024, 12, 31), null)), TaskStatus.DONE, LocalDate.of(2024, 12, 20));
		inspections.recordHistory(sys, id, new NewFinding("H41.21", FindingKind.SHORTCOMING, FindingCategory.DIGITAL_TRANSFORMATION,
				"Tỷ lệ hồ sơ trực tuyến thấp, chưa số hóa kết quả giải quyết (demo)", new NewRecommendation(
						"Hướng dẫn người dân nộp hồ sơ trực tuyến; số hóa kết quả giải quyết TTHC (demo)", "tiepnhan.tanky", "H41.21.01",
						LocalDate.of(2025, 3, 31), null)), TaskStatus.DONE, LocalDate.of(2025, 5, 15));
		inspections.recordHistory(sys, id, new NewFinding("H41.21", FindingKind.SHORTCOMING, FindingCategory.PUBLIC_INFORMATION,
				"Chuyên mục CCHC trên trang thông tin điện tử chưa cập nhật (demo)", new NewRecommendation(
						"Cập nhật chuyên mục CCHC, công khai kết quả rà soát văn bản (demo)", "chuyenvien.tanky", "H41.21.02",
						LocalDate.of(2024, 11, 29), null)), TaskStatus.DONE, LocalDate.of(2024, 11, 25));
		for (Inspection.Finding f : inspections.get(sys, id).findings()) {
			for (Inspection.Recommendation r : f.recommendations()) {
				inspections.closeRecommendation(inspector, r.id(), new Closure("Đơn vị đã khắc phục, có báo cáo kèm tài liệu kiểm chứng (demo)", r.version()));
			}
		}
		for (Inspection.Criterion c : seed.checklist()) {
			inspections.recordChecklist(sys, id, c.id(), new ChecklistResult("H41.20", c.position() != 3, null));
			inspections.recordChecklist(sys, id, c.id(), new ChecklistResult("H41.21", c.position() != 5, null));
		}
		inspections.conclude(sys, id, "Hai huyện cơ bản thực hiện tốt nhiệm vụ CCHC; yêu cầu khắc phục các tồn tại theo kiến nghị (demo)",
				inspections.get(sys, id).version());

		Inspection current = inspections.create(inspector, new NewInspection("Kiểm tra công tác cải cách hành chính tại xã Đô Lương năm %d (demo)"
			.formatted(today.getYear()), "QĐ số 398/QĐ-SNV (demo)", today.getYear(), today.minusDays(12), today.plusDays(6),
				List.of(new NewMember("kiemtra.nghean", Inspection.MemberRole.LEAD), new NewMember("cchc.nghean", Inspection.MemberRole.MEMBER)),
				List.of("H41.50"), CHECKLIST));
		inspections.recordFinding(inspector, current.id(), new NewFinding("H41.50", FindingKind.STRENGTH, FindingCategory.ONE_STOP_FACILITIES,
				"Trung tâm Phục vụ hành chính công xã bố trí đủ quầy, có khu vực hướng dẫn nộp trực tuyến (demo)", null));
	}

	/**
	 * The steering committees of Đô Lương and Tân Kỳ led by the district party secretary (someone outside the system,
	 * named "(demo)"), with the chairman as deputy and heads and specialists as members, one change of membership kept as
	 * history; a working group in Đô Lương; the province's reform officer assigned to the commune of Đô Lương.
	 */
	private void loadBodies(Caller sys) {
		SteeringBody dl = bodies.create(sys, new Bodies.NewBody("H41.20", SteeringBody.Kind.STEERING_COMMITTEE,
				"Ban Chỉ đạo cải cách hành chính huyện Đô Lương (demo)", "QĐ số 1520/QĐ-UBND ngày 15/3/2021 (demo)", LocalDate.of(2021, 3, 15)));
		dl = member(sys, dl, null, "Nguyễn Văn Bí (demo)", "Bí thư Huyện ủy Đô Lương", SteeringBody.Role.HEAD, LocalDate.of(2021, 3, 15));
		dl = member(sys, dl, "chutich.doluong", null, "Chủ tịch UBND huyện", SteeringBody.Role.DEPUTY, LocalDate.of(2021, 3, 15));
		dl = member(sys, dl, null, "Trần Thị Cũ (demo)", "Trưởng phòng Nội vụ (đã nghỉ hưu)", SteeringBody.Role.SECRETARY, LocalDate.of(2021, 3, 15));
		dl = member(sys, dl, "truongphong.doluong", null, "Trưởng phòng Tài nguyên và Môi trường", SteeringBody.Role.MEMBER, LocalDate.of(2021, 3, 15));
		long retired = dl.current().stream().filter(m -> m.role() == SteeringBody.Role.SECRETARY).findFirst().orElseThrow().id();
		dl = bodies.endMembership(sys, dl.id(), retired, LocalDate.of(2023, 6, 30), dl.version());
		member(sys, dl, "chuyenvien.doluong", null, "Chuyên viên, thư ký Ban", SteeringBody.Role.SECRETARY, LocalDate.of(2023, 7, 1));
		SteeringBody group = bodies.create(sys, new Bodies.NewBody("H41.20", SteeringBody.Kind.WORKING_GROUP,
				"Tổ công tác rà soát TTHC huyện Đô Lương (demo)", "QĐ số 311/QĐ-UBND ngày 10/02/2024 (demo)", LocalDate.of(2024, 2, 10)));
		group = member(sys, group, "truongphong.doluong", null, "Trưởng phòng Tài nguyên và Môi trường", SteeringBody.Role.HEAD, LocalDate.of(2024, 2, 10));
		member(sys, group, "chuyenvien.doluong", null, "Chuyên viên", SteeringBody.Role.MEMBER, LocalDate.of(2024, 2, 10));
		SteeringBody tk = bodies.create(sys, new Bodies.NewBody("H41.21", SteeringBody.Kind.STEERING_COMMITTEE,
				"Ban Chỉ đạo cải cách hành chính huyện Tân Kỳ (demo)", "QĐ số 845/QĐ-UBND ngày 02/4/2021 (demo)", LocalDate.of(2021, 4, 2)));
		tk = member(sys, tk, null, "Lê Văn Bình (demo)", "Bí thư Huyện ủy Tân Kỳ", SteeringBody.Role.HEAD, LocalDate.of(2021, 4, 2));
		tk = member(sys, tk, "chutich.tanky", null, "Chủ tịch UBND huyện", SteeringBody.Role.DEPUTY, LocalDate.of(2021, 4, 2));
		tk = member(sys, tk, "truongphong.tanky", null, "Trưởng phòng Tư pháp", SteeringBody.Role.MEMBER, LocalDate.of(2021, 4, 2));
		member(sys, tk, "chuyenvien.tanky", null, "Chuyên viên Phòng Tư pháp, thư ký Ban", SteeringBody.Role.SECRETARY, LocalDate.of(2021, 4, 2));
		bodies.assignAdviser(sys, "H41.50", "cchc.nghean", SteeringBody.AdviserKind.REFORM_OFFICER, LocalDate.of(2025, 7, 1));
		bodies.assignAdviser(sys, "H41.50", "congchuc.xadoluong", SteeringBody.AdviserKind.ADVISER, LocalDate.of(2025, 7, 1));
	}

	private SteeringBody member(Caller sys, SteeringBody body, String username, String fullName, String title, SteeringBody.Role role, LocalDate from) {
		return bodies.addMember(sys, body.id(), new Bodies.NewMembership(username, fullName, title, role, from, body.foundingDecision(), body.version()));
	}

	/** Subjects of the demo documents; the real Tân Kỳ documents were not available, so titles are made up. */
	private static final String[][] SUBJECTS = {
			{ "Quy định quản lý trật tự xây dựng trên địa bàn huyện", "Xây dựng" },
			{ "Quy định mức thu phí, lệ phí do HĐND huyện quyết định", "Tài chính" },
			{ "Ban hành quy chế phối hợp tiếp nhận, giải quyết TTHC theo cơ chế một cửa", "Cải cách hành chính" },
			{ "Quy định bảng giá đất chi tiết tại các xã, thị trấn", "Đất đai" },
			{ "Quy định quản lý chợ nông thôn", "Công thương" },
			{ "Quy chế quản lý, vận hành cổng thông tin điện tử huyện", "Thông tin và truyền thông" },
			{ "Quy định hỗ trợ phát triển sản xuất nông nghiệp", "Nông nghiệp" },
			{ "Quy định về vệ sinh môi trường khu dân cư", "Môi trường" },
			{ "Quy chế thi đua, khen thưởng", "Thi đua, khen thưởng" },
			{ "Quy định phân cấp quản lý đường giao thông nông thôn", "Giao thông" },
			{ "Quy định về công tác văn thư, lưu trữ", "Văn thư, lưu trữ" },
			{ "Quy chế làm việc của UBND huyện", "Tổ chức bộ máy" } };

	/**
	 * Tân Kỳ's review of its legal documents as the seed report gives it: 21 expired, 14 still in force, of which 1 is
	 * proposed for amendment, and none proposed for abolition. 35 documents (made up, "(demo)") are registered and each
	 * gets its conclusion through the review, so the counts are computed, not typed in.
	 */
	private void loadLegalReview(Caller sys) {
		List<LegalDocument> docs = new java.util.ArrayList<>();
		for (int i = 0; i < 35; i++) {
			int year = 2008 + i * 15 / 35;
			boolean council = i % 4 == 0;
			String[] subject = SUBJECTS[i % SUBJECTS.length];
			LocalDate signed = LocalDate.of(year, 1 + (i * 5) % 12, 5 + (i * 7) % 20);
			String number = "%02d/%d/%s".formatted(i + 1, year, council ? "NQ-HĐND" : "QĐ-UBND");
			docs.add(legal.create(sys, new LegalCommands.DocumentData("H41.21", council ? Issuer.PEOPLES_COUNCIL : Issuer.PEOPLES_COMMITTEE, number,
					council ? DocumentKind.RESOLUTION : DocumentKind.DECISION, subject[0] + " (demo)", subject[1], signed, signed.plusDays(10),
					DocumentStatus.IN_FORCE, null, NOTE)));
		}
		LegalReview review = legal.startReview(sys, new LegalCommands.NewReview("H41.21",
				"Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện Tân Kỳ ban hành (demo)", "KH số 25/KH-UBND ngày 15/01/2024 (demo)",
				LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 15)));
		for (int i = 0; i < docs.size(); i++) {
			LegalDocument d = docs.get(i);
			Conclusion c = i < 21 ? Conclusion.EXPIRED_WHOLLY : i == 25 ? Conclusion.PROPOSE_AMENDMENT : Conclusion.IN_FORCE;
			String note = c == Conclusion.EXPIRED_WHOLLY ? "Đã được thay thế hoặc hết thời hạn áp dụng (demo)"
					: c == Conclusion.PROPOSE_AMENDMENT ? "Mức thu không còn phù hợp quy định hiện hành (demo)" : null;
			LocalDate expired = c == Conclusion.EXPIRED_WHOLLY ? LocalDate.of(2019 + i % 5, 1 + i % 12, 1) : null;
			if (expired != null && expired.isBefore(d.effectiveOn())) {
				expired = d.effectiveOn().plusYears(1);
			}
			legal.conclude(sys, review.id(), d.id(), new LegalCommands.ConclusionData(c, note, expired));
		}
		LegalReview latest = legal.review(review.id());
		legal.changeReview(sys, review.id(), new LegalCommands.ReviewChange(null, null, true, LocalDate.of(2024, 3, 29), latest.version()));
	}

	private void loadTasks(Caller sys, LocalDate today) {
		Plan plan2024 = plans.create(sys, new NewPlan(PlanKind.YEARLY, 2024, "H41.20", "Kế hoạch cải cách hành chính năm 2024 của UBND huyện Đô Lương (demo)",
				NOTE, "KH số 12/KH-UBND ngày 10/01/2024 (demo)", List.of(
						new NewMilestone("Quý I: rà soát quy trình nội bộ (demo)", LocalDate.of(2024, 3, 29)),
						new NewMilestone("Quý II: số hóa hồ sơ, kết quả (demo)", LocalDate.of(2024, 6, 28)),
						new NewMilestone("Quý IV: tự đánh giá chỉ số CCHC (demo)", LocalDate.of(2024, 12, 20)))));
		long q1 = plan2024.milestones().get(0).id();
		long q2 = plan2024.milestones().get(1).id();
		long q4 = plan2024.milestones().get(2).id();
		history(sys, plan2024.id(), q1, "Rà soát quy trình nội bộ 44 TTHC lĩnh vực đất đai (demo)", "H41.20", "H41.20.03", "chuyenvien.doluong",
				LocalDate.of(2024, 3, 29), TaskStatus.DONE, LocalDate.of(2024, 3, 22));
		history(sys, plan2024.id(), q2, "Số hóa hồ sơ, kết quả giải quyết TTHC đất đai còn tồn (demo)", "H41.20", "H41.20.03", "chuyenvien.doluong",
				LocalDate.of(2024, 6, 28), TaskStatus.DONE, LocalDate.of(2024, 8, 15));
		history(sys, plan2024.id(), q2, "Niêm yết công khai TTHC tại Bộ phận Một cửa huyện (demo)", "H41.20", "H41.20.01", "tiepnhan.doluong",
				LocalDate.of(2024, 5, 31), TaskStatus.DONE, LocalDate.of(2024, 5, 20));
		history(sys, plan2024.id(), q4, "Tự chấm điểm chỉ số CCHC năm 2024 kèm tài liệu kiểm chứng (demo)", "H41.20", "H41.20.03", "truongphong.doluong",
				LocalDate.of(2024, 12, 20), TaskStatus.DONE, LocalDate.of(2024, 12, 18));

		// today at the commune: one task close to its deadline, one overdue (escalated by the reminder run)
		tasks.create(sys, new NewTask(null, null, "Cập nhật danh mục TTHC niêm yết tại Trung tâm PVHCC xã (demo)", NOTE, "H41.50", null,
				"congchuc.xadoluong", List.of(), null, 2, TaskPriority.HIGH, null));
		tasks.recordHistory(sys, new NewTask(null, null, "Báo cáo số liệu hồ sơ trễ hạn quý III/2026 (demo)", NOTE, "H41.50", null,
				"congchuc.xadoluong", List.of(), today.minusDays(10), null, TaskPriority.NORMAL, null), TaskStatus.IN_PROGRESS, null, 40);
	}

	private void history(Caller sys, long plan, long milestone, String title, String unit, String agency, String assignee, LocalDate deadline,
			TaskStatus outcome, LocalDate completed) {
		tasks.recordHistory(sys, new NewTask(plan, milestone, title, NOTE, unit, agency, assignee, List.of(), deadline, null, TaskPriority.NORMAL, null),
				outcome, completed, 100);
	}
}
