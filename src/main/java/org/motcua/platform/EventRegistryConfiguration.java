package org.motcua.platform;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each event listener's publication bookkeeping in the listener's transaction
 * ({@link ListenerTransactionPublicationRegistry}).
 * <ul>
 * <li>The transaction interceptor is ordered before Spring Modulith's completion interceptor (whose order is
 * {@code HIGHEST_PRECEDENCE + 10}), so that a listener's transaction is still open when its publication is marked
 * completed. Asynchronous execution still comes first: its advisor is always placed before the others. The method
 * security checks ({@code @PreAuthorize}, used on a few controllers, none of them transactional) now run inside a
 * transaction where a method has both. Otherwise the settings are Spring Boot's (class-based proxies).</li>
 * <li>The registry Spring Modulith defines under the name {@code eventPublicationRegistry} is replaced by ours.</li>
 * <li>Events are written to the registry by {@link StoredEventSerializer}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = EventRegistryConfiguration.TRANSACTION_ORDER)
class EventRegistryConfiguration {

	/** Before Spring Modulith's completion interceptor ({@code HIGHEST_PRECEDENCE + 10}). */
	static final int TRANSACTION_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	static final String REGISTRY = "eventPublicationRegistry";

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new StoredEventSerializer(mapper);
	}

	@Bean
	static BeanDefinitionRegistryPostProcessor listenerTransactionPublicationRegistry() {
		return registry -> {
			if (!registry.containsBeanDefinition(REGISTRY)) {
				throw new IllegalStateException("Spring Modulith's " + REGISTRY + " bean is missing: it is replaced by "
						+ ListenerTransactionPublicationRegistry.class.getSimpleName());
			}
			RootBeanDefinition ours = new RootBeanDefinition(ListenerTransactionPublicationRegistry.class);
			ours.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			ours.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
			registry.removeBeanDefinition(REGISTRY);
			registry.registerBeanDefinition(REGISTRY, ours);
		};
	}
}
