/**
 * Reform plans (kế hoạch cải cách hành chính) and remediation plans (kế hoạch khắc phục) with their roadmap of
 * milestones, and tasks (nhiệm vụ) each with exactly one responsible official, a deadline on the owning unit's
 * working calendar, progress reports with evidence, reminders before the deadline and escalation to the head of
 * the owning unit once overdue. The seed inspection's demand: "assign responsibility to individuals and tasks
 * clearly", in line with Resolution 76/NQ-CP (15/7/2021, the state administrative reform master programme
 * 2021–2030), which holds the heads of agencies and units accountable for reform in their units.
 */
@org.springframework.modulith.NamedInterface("tasks")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.tasks;
