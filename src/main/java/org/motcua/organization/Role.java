package org.motcua.organization;

/**
 * What an official may do. Roles are combined with jurisdiction: a role allows an action, the
 * jurisdiction says on which units' data.
 */
public enum Role {
	/** Administers the whole installation. */
	SYSTEM_ADMIN,
	/** Administers the organisation data of their unit's subtree. */
	UNIT_ADMIN,
	/** Receives and returns dossiers at a one-stop desk (cán bộ tiếp nhận). */
	ONE_STOP_CLERK,
	/** Appraises dossiers (chuyên viên xử lý). */
	SPECIALIST,
	/** Head of an office or department (trưởng phòng). */
	UNIT_HEAD,
	/** Chairman or vice-chairman of a People's Committee (lãnh đạo). */
	LEADER,
	/** Administrative reform officer (cán bộ cải cách hành chính). */
	REFORM_OFFICER,
	/** Inspector (thanh tra, kiểm tra). */
	INSPECTOR
}
