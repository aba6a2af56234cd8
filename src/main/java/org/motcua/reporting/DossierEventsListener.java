package org.motcua.reporting;

import org.motcua.dossier.DossierEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current from the dossier module's events, delivered through the event publication
 * registry (a transactional outbox: an event not yet handled is republished after a restart).
 */
@Component
class DossierEventsListener {

	private final ReadModel model;

	DossierEventsListener(ReadModel model) {
		this.model = model;
	}

	@ApplicationModuleListener
	void on(DossierEvents.DossierRegistered event) {
		model.apply(event);
	}

	@ApplicationModuleListener
	void on(DossierEvents.DossierActionTaken event) {
		model.apply(event);
	}

	@ApplicationModuleListener
	void on(org.motcua.documents.DocumentsEvents.DossierFilesChanged event) {
		model.apply(event);
	}
}
