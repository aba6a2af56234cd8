package org.motcua.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.documents.storage.S3FileStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 store against an in-process S3 that checks every request's Signature Version 4. */
class S3FileStoreTests {

	@TempDir
	Path dir;

	private final FakeS3 s3;

	S3FileStoreTests() throws Exception {
		s3 = new FakeS3("motcua");
	}

	@AfterEach
	void stop() {
		s3.close();
	}

	private S3FileStore store(String bucket, String secret) {
		return new S3FileStore(s3.endpoint(), bucket, s3.region, s3.accessKey, secret, Clock.systemUTC(), Duration.ofSeconds(5));
	}

	@Test
	void aStoredFileIsPutSignedAndReadBackAndDeleted() throws Exception {
		S3FileStore store = store("motcua", s3.secretKey);
		store.checkBucket();
		byte[] content = "Giấy khai sinh — bản số hóa".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(dir.resolve("upload.part"), content);

		store.put("2026/11/hồ sơ 1", file);

		assertThat(s3.objects).containsKey("2026/11/h%E1%BB%93%20s%C6%A1%201");
		assertThat(s3.objects.values().iterator().next()).isEqualTo(content);
		try (var in = store.open("2026/11/hồ sơ 1")) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		store.delete("2026/11/hồ sơ 1");
		assertThat(s3.objects).isEmpty();
		assertThatThrownBy(() -> store.open("2026/11/hồ sơ 1")).isInstanceOf(NoSuchFileException.class);
		store.delete("2026/11/hồ sơ 1");
		assertThat(s3.refused.get()).isZero();
	}

	@Test
	void aWrongSecretIsRefusedByTheSignatureCheckAndStopsTheStartup() {
		S3FileStore store = store("motcua", "not the secret");
		assertThatThrownBy(store::checkBucket).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HTTP 403").hasMessageContaining("AWS_SECRET_ACCESS_KEY");
		assertThat(s3.refused.get()).isEqualTo(1);
	}

	@Test
	void aMissingBucketStopsTheStartupWithItsName() {
		assertThatThrownBy(store("archive", s3.secretKey)::checkBucket).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("bucket 'archive'").hasMessageContaining("does not exist");
	}

	@Test
	void anUnreachableEndpointStopsTheStartupNamingIt() throws Exception {
		var unreachable = new S3FileStore(java.net.URI.create("http://127.0.0.1:1"), "motcua", s3.region, s3.accessKey,
				s3.secretKey, Clock.systemUTC(), Duration.ofSeconds(2));
		assertThatThrownBy(unreachable::checkBucket).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot reach http://127.0.0.1:1");
	}

	@Test
	void aPutTheStoreAnswersWithAnErrorFails() throws Exception {
		s3.failPuts = true;
		Path file = Files.write(dir.resolve("upload.part"), new byte[] { 1, 2, 3 });
		assertThatThrownBy(() -> store("motcua", s3.secretKey).put("2026/11/x", file)).isInstanceOf(java.io.IOException.class)
			.hasMessageContaining("HTTP 500");
	}
}
