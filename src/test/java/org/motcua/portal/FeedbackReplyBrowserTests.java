package org.motcua.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen sends feedback with a photo on the public site; the clerk asks for more information on the feedback
 * page; the citizen answers with the link they were sent, attaching a PDF; the clerk sees the answer and both files.
 */
@IntegrationTest
class FeedbackReplyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSenderAttachesAPhotoThenAnswersTheClerksRequestForInformationWithAPdfThroughTheLink() throws Exception {
		Path dir = Files.createTempDirectory("feedback-files");
		Path photo = Files.write(dir.resolve("anh-bieu-mau.png"), FeedbackAttachmentsTests.PNG);
		Path disguised = Files.write(dir.resolve("gia-mao.pdf"), FeedbackAttachmentsTests.PNG);
		Path receipt = Files.write(dir.resolve("bien-nhan.pdf"), FeedbackAttachmentsTests.PDF);
		String email = "browser-reply-" + System.nanoTime() + "@example.test";
		try (Browser browser = Browser.open(port)) {
			browser.go("/phan-anh");
			browser.find(By.id("topic-PROCEDURE_RULES")).click();
			new Select(browser.find(By.id("unitCode"))).selectByValue("H41.50");
			browser.find(By.id("procedureCode")).sendKeys("H41-X-HKD-031");
			browser.find(By.id("content")).sendKeys("Biểu mẫu trên cổng khác với biểu mẫu ở quầy (ảnh kèm theo).");
			browser.find(By.id("contactName")).sendKeys("Hồ Thị Ảnh");
			browser.find(By.id("contactEmail")).sendKeys(email);
			browser.find(By.id("files")).sendKeys(disguised.toString());
			browser.clickToLeave(browser.find(By.id("feedback-submit")));
			assertThat(browser.find(By.id("files-error")).getText()).as("the refused file is named beside its field").contains("gia-mao.pdf");

			browser.find(By.id("files")).sendKeys(photo.toString());
			browser.clickToLeave(browser.find(By.id("feedback-submit")));
			String tracking = browser.find(By.id("feedback-tracking")).getText();
			long id = jdbc.sql("SELECT id FROM portal.feedback WHERE tracking_code = :t").param("t", tracking).query(Long.class).single();

			browser.signIn("tiepnhan.xadoluong", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Xin chào");
			browser.go("/feedback/" + id);
			assertThat(browser.find(By.id("feedback-files")).getText()).contains("anh-bieu-mau.png");
			browser.find(By.id("note-REQUEST_INFO")).sendKeys("Đề nghị gửi ảnh biểu mẫu nhận tại quầy.");
			browser.clickToLeave(browser.find(By.id("do-REQUEST_INFO")));
			assertThat(browser.find(By.id("feedback-status")).getText()).isEqualTo("Chờ bổ sung thông tin");

			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
					"SELECT count(*) FROM notification.message WHERE recipient = :r AND event_type = 'FEEDBACK_INFO_REQUESTED'")
				.param("r", email).query(Long.class).single() == 1);
			String mail = jdbc.sql("SELECT body FROM notification.message WHERE recipient = :r AND event_type = 'FEEDBACK_INFO_REQUESTED'")
				.param("r", email).query(String.class).single();
			Matcher link = FeedbackRepliesTests.LINK.matcher(mail);
			assertThat(link.find()).isTrue();

			browser.go("/phan-anh/bo-sung/" + link.group(1));
			assertThat(browser.find(By.id("reply-request")).getText()).isEqualTo("Đề nghị gửi ảnh biểu mẫu nhận tại quầy.");
			browser.find(By.id("text")).sendKeys("Gửi kèm biên nhận và biểu mẫu nhận tại quầy.");
			browser.find(By.id("files")).sendKeys(receipt.toString());
			browser.clickToLeave(browser.find(By.id("reply-submit")));
			assertThat(browser.find(By.id("reply-done")).getText()).contains(tracking);

			browser.go("/feedback/" + id);
			assertThat(browser.find(By.id("feedback-status")).getText()).isEqualTo("Mới tiếp nhận");
			assertThat(browser.find(By.id("feedback-files")).getText()).contains("anh-bieu-mau.png", "bien-nhan.pdf");
			assertThat(browser.find(By.id("feedback-steps")).getText()).contains("Gửi kèm biên nhận và biểu mẫu nhận tại quầy.");
		}
	}
}
