package org.motcua.demo;

import java.time.LocalDate;
import java.util.List;

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

	DemoGovernance(Plans plans, Tasks tasks, TaskReminders reminders) {
		this.plans = plans;
		this.tasks = tasks;
		this.reminders = reminders;
	}

	void load() {
		Caller sys = Caller.system();
		LocalDate today = tasks.today();
		loadTasks(sys, today);
		reminders.runFor(today);
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
