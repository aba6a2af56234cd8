package org.motcua.platform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test-only listener of {@link RegistryProbe}: writes a row, then succeeds, throws, or lets its transaction fail at
 * commit, and notes when its transaction has ended whichever way.
 */
@Component
class RegistryProbeListener {

	private final JdbcClient jdbc;
	private final Set<String> ended = ConcurrentHashMap.newKeySet();

	RegistryProbeListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(RegistryProbe probe) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				ended.add(probe.id());
			}
		});
		jdbc.sql("INSERT INTO public.registry_probe (id) VALUES (?) ON CONFLICT DO NOTHING").param(probe.id()).update();
		switch (probe.outcome()) {
			case FAIL -> throw new IllegalStateException("probe " + probe.id() + " fails");
			case FAIL_AT_COMMIT -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("probe " + probe.id() + " fails at commit");
				}
			});
			case SUCCEED -> {
			}
		}
	}

	boolean ended(String id) {
		return ended.contains(id);
	}
}
