package org.motcua.portal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact a member of the public left with their feedback, so they can be sent an acknowledgement with the
 * tracking code and the answer deadline. Anonymous conduct reports keep no contact and have none here.
 */
@Service
public class FeedbackContacts {

	private final JdbcClient jdbc;

	FeedbackContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
	}

	@Transactional(readOnly = true)
	public Optional<Contact> of(long feedbackId) {
		return jdbc.sql("SELECT contact_name, contact_email, contact_phone FROM portal.feedback WHERE id = :id AND NOT anonymous")
			.param("id", feedbackId)
			.query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.filter(c -> c.email() != null && !c.email().isBlank() || c.phone() != null && !c.phone().isBlank());
	}
}
