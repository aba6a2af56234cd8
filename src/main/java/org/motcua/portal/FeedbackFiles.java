package org.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.motcua.documents.StoredFiles;
import org.motcua.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files attached to feedback, stored through the documents module's checks and store (size limit, type sniffed
 * from the bytes — images and PDF only —, name fitting the content, virus scan, SHA-256) in the caller's
 * transaction: a refused file rolls back the feedback or the answer it came with, and the bytes already stored.
 */
@Component
class FeedbackFiles {

	private final StoredFiles store;
	private final JdbcClient jdbc;
	private final int maxFiles;

	FeedbackFiles(StoredFiles store, JdbcClient jdbc, @Value("${motcua.portal.feedback.max-files:5}") int maxFiles) {
		this.store = store;
		this.jdbc = jdbc;
		this.maxFiles = maxFiles;
	}

	/** A stored attachment with the key of its bytes. */
	record Stored(FeedbackAttachment attachment, String storageKey) {
	}

	List<FeedbackAttachment> attach(long feedbackId, @Nullable Long replyStep, List<FeedbackFile> files, Instant now) {
		if (files.size() > maxFiles) {
			throw InvalidInputException.of("files", "error.portal.feedback.files.too-many", maxFiles);
		}
		List<FeedbackAttachment> attached = new ArrayList<>();
		for (FeedbackFile file : files) {
			StoredFiles.StoredFile f;
			try (InputStream in = file.content().getInputStream()) {
				f = store.store("feedback", "files", file.fileName(), in, StoredFiles.IMAGES_AND_PDF);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO portal.feedback_attachment (id, feedback_id, reply_step_id, file_name, content_type, size_bytes,
					    sha256, storage_key, uploaded_at)
					VALUES (:id, :fid, :step, :name, :type, :size, :sha, :key, :at)""")
				.param("id", id).param("fid", feedbackId).param("step", replyStep).param("name", f.fileName())
				.param("type", f.contentType()).param("size", f.size()).param("sha", f.sha256()).param("key", f.storageKey())
				.param("at", Timestamp.from(now)).update();
			attached.add(new FeedbackAttachment(id, f.fileName(), f.contentType(), f.size(), f.sha256(), now, replyStep));
		}
		return attached;
	}

	List<FeedbackAttachment> of(long feedbackId) {
		return jdbc.sql(SELECT + " WHERE feedback_id = :id ORDER BY uploaded_at, file_name").param("id", feedbackId)
			.query((rs, n) -> map(rs).attachment()).list();
	}

	Optional<Stored> find(long feedbackId, UUID id) {
		return jdbc.sql(SELECT + " WHERE feedback_id = :fid AND id = :id").param("fid", feedbackId).param("id", id)
			.query((rs, n) -> map(rs)).optional();
	}

	InputStream open(Stored stored) {
		return store.open(stored.storageKey());
	}

	private static final String SELECT = """
			SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at, reply_step_id, storage_key
			FROM portal.feedback_attachment""";

	private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
		long step = rs.getLong("reply_step_id");
		Long replyStep = rs.wasNull() ? null : step;
		return new Stored(new FeedbackAttachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getTimestamp("uploaded_at").toInstant(), replyStep), rs.getString("storage_key"));
	}
}
