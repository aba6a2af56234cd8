package org.motcua.reporting.web;

import java.util.List;

import org.motcua.reporting.Summary;

/** The rows of the standard table in their legal order: metric name (also the drill-down key) and value. */
final class SummaryRows {

	private SummaryRows() {
	}

	static List<Object[]> of(Summary s) {
		return List.of(
				new Object[] { "carriedOver", s.carriedOver() },
				new Object[] { "received", s.received().total() },
				new Object[] { "received.online", s.received().online() },
				new Object[] { "received.counter", s.received().counter() },
				new Object[] { "received.post", s.received().post() },
				new Object[] { "finished", s.finished().total() },
				new Object[] { "finished.early", s.finished().early() },
				new Object[] { "finished.onTime", s.finished().onTime() },
				new Object[] { "finished.late", s.finished().late() },
				new Object[] { "inProgress", s.inProgress().total() },
				new Object[] { "inProgress.onTime", s.inProgress().onTime() },
				new Object[] { "inProgress.overdue", s.inProgress().overdue() },
				new Object[] { "refused", s.refused() },
				new Object[] { "stopped", s.stopped() },
				new Object[] { "completionRequests", s.completionRequests() },
				new Object[] { "apologies", s.apologies() });
	}
}
