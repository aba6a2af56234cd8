package org.motcua.platform;

/**
 * The embedded PostgreSQL could not start; the message tells the operator how to use an external one.
 */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

	static final String ADVICE = """
			MotCua could not start its embedded PostgreSQL (%s).
			This happens where the machine or container forbids what the embedded server needs \
			(for example user namespaces when running as root, or a read-only data directory).
			Point MotCua at an external PostgreSQL 15 or newer instead:
			  MOTCUA_DB_URL=jdbc:postgresql://HOST:5432/motcua MOTCUA_DB_USER=motcua MOTCUA_DB_PASSWORD=... ./mvnw spring-boot:run
			The database needs the extensions unaccent and pg_trgm (package postgresql-contrib).""";

	EmbeddedDatabaseUnavailableException(Throwable cause) {
		super(ADVICE.formatted(cause.getMessage()), cause);
	}
}
