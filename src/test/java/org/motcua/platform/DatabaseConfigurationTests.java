package org.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigurationTests {

	@Test
	void embeddedDatabaseWithADataDirectoryFlushesEveryCommitToDisk(@TempDir Path dataDir) throws Exception {
		try (EmbeddedPostgres pg = new DatabaseConfiguration().embeddedPostgres(dataDir.toString(), false, 0);
				Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			assertThat(setting(st, "fsync")).isEqualTo("on");
			assertThat(setting(st, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(st, "data_directory")).startsWith(dataDir.toRealPath().toString());
		}
	}

	@Test
	void ephemeralTestDatabaseKeepsTheFastUnsafeSettings() {
		assertThat(DatabaseConfiguration.serverSettings(true)).containsEntry("fsync", "off")
			.containsEntry("synchronous_commit", "off");
	}

	private static String setting(Statement st, String name) throws Exception {
		try (ResultSet rs = st.executeQuery("SHOW " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
