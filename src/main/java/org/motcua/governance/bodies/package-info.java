/**
 * Steering committees (ban chỉ đạo) and working groups (tổ công tác) for administrative reform of a unit, with their
 * founding decision and membership history (head, deputy, member, secretary, each dated), including members who are not
 * officials of the system (the party secretary who leads the committee, as the seed report demands); and the reform
 * officers and advisers assigned to units, so heads are "advised by specialist civil servants".
 */
@org.springframework.modulith.NamedInterface("bodies")
@org.jspecify.annotations.NullMarked
package org.motcua.governance.bodies;
