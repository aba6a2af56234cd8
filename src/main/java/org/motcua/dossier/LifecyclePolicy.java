package org.motcua.dossier;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.motcua.dossier.DossierAction.*;
import static org.motcua.dossier.DossierStatus.*;

/**
 * Which actions a dossier's status allows. The aggregate narrows this further with the dossier's own facts
 * (a completion request or an apology already made, a result already issued).
 */
public final class LifecyclePolicy {

	private static final Map<DossierStatus, EnumSet<DossierAction>> ALLOWED = new EnumMap<>(DossierStatus.class);

	static {
		ALLOWED.put(SUBMITTED, EnumSet.of(ACCEPT, REQUEST_COMPLETION, REFUSE, STOP_REQUESTED, CANCEL));
		ALLOWED.put(COMPLETION_REQUESTED, EnumSet.of(RESUBMIT, STOP_REQUESTED, CANCEL));
		ALLOWED.put(RECEIVED, EnumSet.of(ASSIGN, FORWARD, TRANSFER, APOLOGISE, STOP_REQUESTED, CANCEL));
		ALLOWED.put(IN_PROGRESS, EnumSet.of(ASSIGN, FORWARD, RETURN_TO_STEP, CONSULT, REPLY, REQUEST_COMPLETION, PAUSE,
				TRANSFER, APOLOGISE, APPROVE, REFUSE, DossierAction.RESULT_READY, STOP_REQUESTED, CANCEL));
		ALLOWED.put(PAUSED, EnumSet.of(RESUME, APOLOGISE, STOP_REQUESTED, CANCEL));
		ALLOWED.put(TRANSFERRED, EnumSet.of(DossierAction.RESULT_READY, APOLOGISE, STOP_REQUESTED, CANCEL));
		ALLOWED.put(DossierStatus.RESULT_READY, EnumSet.of(RETURN_RESULT));
		for (DossierStatus terminal : EnumSet.of(REFUSED, RETURNED, STOPPED, CANCELLED)) {
			ALLOWED.put(terminal, EnumSet.noneOf(DossierAction.class));
		}
	}

	private LifecyclePolicy() {
	}

	public static Set<DossierAction> allowedIn(DossierStatus status) {
		return EnumSet.copyOf(ALLOWED.get(status));
	}
}
