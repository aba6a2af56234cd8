package org.motcua.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: an external PostgreSQL (15+) when {@code MOTCUA_DB_URL} is set, otherwise an
 * embedded PostgreSQL 18 that MotCua starts itself with its data under {@code MOTCUA_DATA_DIR}/postgres.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "motcua.db.url", havingValue = "", matchIfMissing = true)
	EmbeddedPostgres embeddedPostgres(@Value("${motcua.data-dir:./data}") String dataDir,
			@Value("${motcua.db.embedded.ephemeral:false}") boolean ephemeral,
			@Value("${motcua.db.embedded.port:0}") int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("encoding", "UTF8");
			serverSettings(ephemeral).forEach(builder::setServerConfig);
			if (port > 0) {
				builder.setPort(port);
			}
			if (ephemeral) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path dir = Path.of(dataDir, "postgres").toAbsolutePath();
				Files.createDirectories(dir.getParent());
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
			}
			EmbeddedPostgres pg = builder.start();
			log.info("Embedded PostgreSQL started on port {}{}", pg.getPort(),
					ephemeral ? " (ephemeral data directory)" : " with data in " + Path.of(dataDir, "postgres").toAbsolutePath());
			return pg;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseUnavailableException(ex);
		}
	}

	/**
	 * The embedded server's settings. The library's defaults suit throw-away test databases: they turn off
	 * {@code fsync} (a crash of the machine can then corrupt the whole data directory) and {@code synchronous_commit}
	 * (a receipt already printed for an applicant can vanish with the last commits). A data directory that holds
	 * dossiers gets PostgreSQL's own durable defaults back; only an ephemeral database keeps the fast ones.
	 */
	static Map<String, String> serverSettings(boolean ephemeral) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("max_connections", "200");
		settings.put("fsync", ephemeral ? "off" : "on");
		settings.put("synchronous_commit", ephemeral ? "off" : "on");
		return settings;
	}

	@Bean
	DataSource dataSource(org.springframework.beans.factory.ObjectProvider<EmbeddedPostgres> embedded,
			@Value("${motcua.db.url:}") String url, @Value("${motcua.db.user:}") String user,
			@Value("${motcua.db.password:}") String password,
			@Value("${motcua.db.pool-size:20}") int poolSize,
			org.springframework.beans.factory.config.ConfigurableListableBeanFactory beans) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("motcua");
		config.setMaximumPoolSize(poolSize);
		EmbeddedPostgres pg = embedded.getIfAvailable();
		if (StringUtils.hasText(url)) {
			config.setJdbcUrl(url);
			config.setUsername(user);
			config.setPassword(password);
		}
		else if (pg != null) {
			config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
			// stop the database only after everything that uses the pool has shut down (e.g. the event
			// publication registry, which reads incomplete publications while it is destroyed)
			beans.registerDependentBean("embeddedPostgres", "dataSource");
		}
		else {
			throw new IllegalStateException("No database: set MOTCUA_DB_URL or let MotCua start its embedded PostgreSQL");
		}
		return new HikariDataSource(config);
	}
}
