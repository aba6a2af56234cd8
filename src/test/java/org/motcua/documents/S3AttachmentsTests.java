package org.motcua.documents;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.audit.AuditTrail;
import org.motcua.documents.storage.S3FileStore;
import org.motcua.dossier.DossierService;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.support.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads through {@link Attachments} with the S3 store (against the signature-checking {@link FakeS3}): the bytes
 * land in the bucket before the row is written, read back through the store, and a failed PUT leaves neither a row
 * nor an object behind. The application's own store stays the file system; this test wires a second Attachments.
 */
@IntegrationTest
class S3AttachmentsTests {

	@Autowired MockMvc mvc;
	@Autowired DossierService dossiers;
	@Autowired JdbcClient jdbc;
	@Autowired VirusScanner scanner;
	@Autowired AuditTrail audit;
	@Autowired PlatformTransactionManager transactions;
	@Autowired DocumentsSettings settings;
	@Autowired ObjectProvider<Clock> clock;
	@Autowired Signing signing;
	@Autowired Organization organization;
	@Autowired ApplicationEventPublisher events;

	@TempDir
	Path incoming;

	private final FakeS3 s3;

	S3AttachmentsTests() throws Exception {
		s3 = new FakeS3("motcua-test");
	}

	@AfterEach
	void stop() {
		s3.close();
	}

	Attachments withS3() {
		S3FileStore store = new S3FileStore(s3.endpoint(), "motcua-test", s3.region, s3.accessKey, s3.secretKey, Clock.systemUTC(),
				Duration.ofSeconds(5));
		store.checkBucket();
		return new Attachments(dossiers, jdbc, store, () -> incoming, scanner, audit, transactions, settings, clock, signing,
				organization, events);
	}

	long rows(String code) {
		return jdbc.sql("SELECT count(*) FROM documents.attachment WHERE dossier_code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void anUploadIsStoredInTheBucketAndReadBackFromIt() throws Exception {
		String code = new DossierFixture(mvc).receive("Trần Thị Lưu Trữ", "040090008811").read("$.code");
		Caller clerk = organization.caller(DossierFixture.CLERK);
		byte[] pdf = AttachmentsApiTests.pdf();

		AttachmentView file = withS3().upload(clerk, code, new Attachments.Upload(AttachmentView.Purpose.COMPONENT, "GDN", "giấy đề nghị.pdf", null),
				new ByteArrayInputStream(pdf));

		assertThat(s3.objects).hasSize(1);
		assertThat(s3.objects.values().iterator().next()).isEqualTo(pdf);
		assertThat(s3.refused.get()).isZero();
		try (var in = withS3().open(clerk, code, file.id()).stream()) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		try (var files = Files.list(incoming)) {
			assertThat(files).as("no temporary file left").isEmpty();
		}
	}

	@Test
	void aFailedPutLeavesNeitherARowNorAnObject() throws Exception {
		String code = new DossierFixture(mvc).receive("Trần Văn Lỗi Lưu", "040090008812").read("$.code");
		Caller clerk = organization.caller(DossierFixture.CLERK);
		s3.failPuts = true;

		assertThatThrownBy(() -> withS3().upload(clerk, code, new Attachments.Upload(AttachmentView.Purpose.COMPONENT, "GDN", "a.pdf", null),
				new ByteArrayInputStream(AttachmentsApiTests.pdf())))
			.hasMessageContaining("Cannot store the upload");

		assertThat(rows(code)).isZero();
		assertThat(s3.objects).as("the object the store took before failing was deleted").isEmpty();
	}
}
