package org.motcua.catalog;

import java.util.List;

/**
 * The internal process (quy trình nội bộ) of a procedure at one receiving unit: the version in force, every
 * version, and the optimistic-locking {@code version} an edit must send back.
 */
public record InternalProcess(String procedureCode, String unitCode, int version, ProcessVersion current,
		List<ProcessVersion> versions) {
}
