package org.motcua.dossier;

/** How a dossier arrived, and how a result goes back (Decree 61/2018 Art. 16). */
public enum Channel {
	/** In person at the one-stop desk. */
	COUNTER,
	/** Through the public postal service. */
	POST,
	/** Online through the public service portal. */
	ONLINE
}
