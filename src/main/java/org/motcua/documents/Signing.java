package org.motcua.documents;

import java.time.Clock;
import java.util.Optional;

import org.motcua.documents.signing.PadesSigner;
import org.motcua.documents.signing.UnitKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Signs what a unit issues with that unit's certificate. A unit without a key store (and no self-signing, outside
 * the demo) issues unsigned documents, marked as such, rather than none: the desk must still be able to print.
 */
@Component
class Signing {

	private static final Logger LOG = LoggerFactory.getLogger(Signing.class);

	record Signed(byte[] content, boolean signed) {
	}

	private final UnitKeys keys;
	private final Clock clock;

	Signing(UnitKeys keys, ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Signed sign(byte[] pdf, String unitCode, String unitName, String reason, String location) {
		Optional<UnitKeys.UnitKey> key = keys.forUnit(unitCode, unitName);
		if (key.isEmpty()) {
			LOG.warn("Unit {} has no signing key store ({}): issuing unsigned", unitCode, keys.keyStorePath(unitCode));
			return new Signed(pdf, false);
		}
		return new Signed(PadesSigner.sign(pdf, key.get(), unitName, reason, location, clock.instant()), true);
	}
}
