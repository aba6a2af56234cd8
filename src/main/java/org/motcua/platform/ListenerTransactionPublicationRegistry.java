package org.motcua.platform;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event publication registry (the transactional outbox), with a listener's bookkeeping inside the listener's own
 * transaction rather than in transactions of its own.
 * <p>
 * Spring Modulith's registry marks each publication "processing" in one transaction, runs the listener in a second and
 * marks the publication completed in a third. Here (with the transaction interceptor ordered around the registry's
 * completion interceptor, see {@link EventRegistryConfiguration}):
 * <ul>
 * <li>completing a publication (deleting its row) joins the listener's transaction, so the listener's work and the
 * end of its publication commit or roll back together: a crash between the two can no longer run a listener twice,
 * and a transaction that fails at commit leaves its publication outstanding, to be republished;</li>
 * <li>the "processing" mark is not written: a publication is either outstanding or gone, and what a listener does is
 * invisible to others until it commits anyway. A publication being handled therefore shows as {@code PUBLISHED}, not
 * {@code PROCESSING}, to anything that looks at the table meanwhile (another instance republishing outstanding events
 * as it starts, for one), which may hand it to its listener a second time, as after any crash. The notices are keyed
 * by event and the reporting facts are upserts, so a second delivery of a dossier event changes nothing there;</li>
 * <li>a listener that throws is still marked failed, in a transaction of its own (on a second connection, briefly)
 * while its own transaction waits to be rolled back. That transaction has locked no row of the publication, since the
 * processing mark is not written, so the failure mark cannot wait on it.</li>
 * </ul>
 * This takes two transactions and one update off every handled publication.
 */
class ListenerTransactionPublicationRegistry extends DefaultEventPublicationRegistry {

	ListenerTransactionPublicationRegistry(EventPublicationRepository events, ObjectProvider<Clock> clock) {
		super(events, clock.getIfAvailable(Clock::systemUTC));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void markProcessing(Object event, PublicationTargetIdentifier targetIdentifier) {
		// not written: see the class comment
	}

	/**
	 * Spring Modulith finds the publication to complete among those in progress by the event's equality, deletes its
	 * row and then forgets it. When equal events are handled at once (the same event delivered twice), two listeners
	 * could both find the first publication between those steps: both deleted its row and the second stayed
	 * outstanding. Finding, deleting and forgetting are therefore done one listener at a time; the deletion is one
	 * short statement.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public synchronized void markCompleted(Object event, PublicationTargetIdentifier targetIdentifier) {
		super.markCompleted(event, targetIdentifier);
	}
}
