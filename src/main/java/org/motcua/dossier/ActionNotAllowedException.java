package org.motcua.dossier;

import java.util.Set;

import org.motcua.shared.ConflictException;

/**
 * The action is not allowed in the dossier's current state; names the actions that are.
 */
public class ActionNotAllowedException extends ConflictException {

	private final transient Set<DossierAction> allowed;

	public ActionNotAllowedException(DossierAction action, DossierStatus status, Set<DossierAction> allowed,
			String messageKey, Object... args) {
		super(null, messageKey, args);
		this.allowed = Set.copyOf(allowed);
	}

	public Set<DossierAction> allowed() {
		return allowed;
	}
}
