package org.motcua.calendar;

import java.util.List;

/**
 * The sessions of a working day as nanosecond offsets from midnight, for arithmetic without
 * allocation.
 */
final class DaySessions {

	private final long[] starts;

	private final long[] ends;

	/** Working time of the whole day. */
	final long total;

	DaySessions(List<WorkingSession> sessions) {
		starts = new long[sessions.size()];
		ends = new long[sessions.size()];
		long sum = 0;
		for (int i = 0; i < sessions.size(); i++) {
			starts[i] = sessions.get(i).start().toNanoOfDay();
			ends[i] = sessions.get(i).end().toNanoOfDay();
			sum += ends[i] - starts[i];
		}
		total = sum;
	}

	long firstStart() {
		return starts[0];
	}

	/** Working time of this day before {@code nanoOfDay}. */
	long workedBefore(long nanoOfDay) {
		long worked = 0;
		for (int i = 0; i < starts.length && nanoOfDay > starts[i]; i++) {
			worked += Math.min(nanoOfDay, ends[i]) - starts[i];
		}
		return worked;
	}

	/**
	 * The earliest time of day at which {@code offset} of working time has elapsed; for an offset in
	 * {@code (0, total]} it lies inside a session or at its end.
	 */
	long timeAt(long offset) {
		long remaining = offset;
		for (int i = 0; i < starts.length; i++) {
			long length = ends[i] - starts[i];
			if (remaining <= length) {
				return starts[i] + remaining;
			}
			remaining -= length;
		}
		return ends[ends.length - 1];
	}

	/**
	 * {@code nanoOfDay} itself when it lies inside a session, else the start of the next session
	 * of the day, or -1 when no session starts later.
	 */
	long clockStart(long nanoOfDay) {
		for (int i = 0; i < starts.length; i++) {
			if (nanoOfDay < ends[i]) {
				return Math.max(nanoOfDay, starts[i]);
			}
		}
		return -1;
	}
}
