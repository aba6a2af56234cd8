/**
 * Inspections of administrative reform (kiểm tra công tác cải cách hành chính): the inspection plan with its decision
 * and team, the units inspected, a checklist, findings marked strength or shortcoming by category, and recommendations
 * (kiến nghị) that become tasks of the inspected unit in its remediation plan (kế hoạch khắc phục), followed up until the
 * inspection team closes them. Reform inspection is a duty of the Ministry of Home Affairs and the provincial Department
 * of Home Affairs under the state administrative reform master programme (Resolution 76/NQ-CP of 15/7/2021).
 */
@org.springframework.modulith.NamedInterface("inspections")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.inspections;
