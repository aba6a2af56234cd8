package org.motcua.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Observes authentication and authorization, but not every filter of the security chains one by one.
 * <p>
 * With an observation registry present (actuator and Prometheus), Spring Security wraps each filter of each chain
 * in an observation of its own. Under the dossier load benchmark (docs/benchmarks.md) that wrapping took about a
 * twelfth of the server's CPU time, and the per-filter timings it yields are not used: request timings come from
 * {@code http.server.requests}, and sign-in outcomes from the authentication observations kept here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}
}
