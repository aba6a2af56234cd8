package org.motcua.portal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.motcua.shared.ConflictException;
import org.motcua.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackCaseTests {

	static final Instant T = Instant.parse("2026-06-01T02:00:00Z");

	static FeedbackCase received() {
		return new FeedbackCase(FeedbackStatus.RECEIVED, null, null, null, null, null, null, null, null);
	}

	@Test
	void feedbackGoesFromReceiptThroughAnswerToPublication() {
		FeedbackCase c = received();
		c.accept(T);
		c.requestInformation("Số hồ sơ?", T.plusSeconds(60));
		c.accept(T.plusSeconds(120));
		c.answer("Đã xử lý.", T.plusSeconds(180));
		c.publish(T.plusSeconds(240));
		assertThat(c.status()).isEqualTo(FeedbackStatus.PUBLISHED);
		assertThat(c.acceptedAt()).as("the first acceptance counts").isEqualTo(T);
		assertThat(c.infoRequestedAt()).isEqualTo(T.plusSeconds(60));
		assertThat(c.publishedAt()).isEqualTo(T.plusSeconds(240));
	}

	@Test
	void anAnswerCannotBePublishedBeforeItIsGivenNorChangedAfterPublication() {
		FeedbackCase c = received();
		assertThatThrownBy(() -> c.publish(T)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.answer("x", T)).as("accept first").isInstanceOf(ConflictException.class);
		c.accept(T);
		c.answer("x", T);
		c.publish(T);
		assertThatThrownBy(() -> c.escalate("late")).isInstanceOf(ConflictException.class);
	}

	@Test
	void aRefusalNeedsAReasonAndEndsHandling() {
		FeedbackCase c = received();
		assertThatThrownBy(() -> c.refuse(" ", T)).isInstanceOf(InvalidInputException.class);
		c.refuse("Không thuộc phạm vi Nghị định 20/2008", T);
		assertThat(c.status().closed()).isTrue();
		assertThatThrownBy(() -> c.accept(T)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aConductReportNamesTheOfficialWithoutDiacriticsOrTheDemoNote() {
		assertThat(FeedbackAccess.names("chị le thi thu ở quầy 2", "Lê Thị Thu (demo)")).isTrue();
		assertThat(FeedbackAccess.names("Cán bộ Trần Văn Tâm", "Lê Thị Thu (demo)")).isFalse();
		assertThat(FeedbackAccess.names(null, "Lê Thị Thu")).isFalse();
	}
}
