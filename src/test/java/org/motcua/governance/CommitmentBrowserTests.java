package org.motcua.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.governance.tasks.TaskCommands;
import org.motcua.governance.tasks.TaskPriority;
import org.motcua.governance.tasks.TaskStatus;
import org.motcua.governance.tasks.Tasks;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CommitmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Organization organization;

	@Autowired
	Tasks tasks;

	@Test
	void aReformOfficerRecordsAHeadsCommitmentWithAMeasurableTargetAndSeesItsLiveStatus() {
		String head = "truongphong.cam" + ThreadLocalRandom.current().nextInt(1_000_000);
		Caller sys = Caller.system();
		organization.createOfficial(sys, new UnitCommands.NewOfficial(head, "Phan Văn Cam Kết (browser)", "Chánh Thanh tra tỉnh", "H41", "H41.09",
				null, null, Set.of(Role.UNIT_HEAD)));
		// the inspectorate's tasks of 2023, both done by their deadline: the target is measured from them
		for (int month : List.of(3, 9)) {
			tasks.recordHistory(sys, new TaskCommands.NewTask(null, null, "Nhiệm vụ thanh tra 2023 (browser " + month + ")", null, "H41", "H41.09",
					"kiemtra.nghean", List.of(), LocalDate.of(2023, month, 15), null, TaskPriority.NORMAL, null), TaskStatus.DONE,
					LocalDate.of(2023, month, 10), 100);
		}

		try (Browser officer = Browser.open(port)) {
			officer.signIn("cchc.nghean", Tokens.DEMO_PASSWORD);
			officer.go("/governance/commitments");
			officer.clickToLeave(officer.find(By.id("commitment-new")));
			WebElement year = officer.find(By.id("year"));
			year.clear();
			year.sendKeys("2023");
			// a date input types in the browser's locale; set the ISO value as a date picker would
			((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("arguments[0].value = '2023-01-20'", officer.find(By.id("signedOn")));
			officer.find(By.id("signer")).sendKeys(head);
			officer.find(By.id("signerTitle")).sendKeys("Chánh Thanh tra tỉnh");
			officer.find(By.id("counterpart")).sendKeys("chutich.nghean");
			officer.find(By.id("counterpartTitle")).sendKeys("Chủ tịch UBND tỉnh");
			new Select(officer.find(By.id("targets0.kind"))).selectByValue("TASKS_ON_TIME_RATE");
			officer.find(By.id("targets0.threshold")).sendKeys("180");
			officer.find(By.id("targets0.description")).sendKeys("Hoàn thành đúng hạn nhiệm vụ CCHC được giao (browser)");
			new Select(officer.find(By.id("targets1.kind"))).selectByValue("QUALITATIVE");
			officer.find(By.id("targets1.description")).sendKeys("Không để xảy ra khiếu nại kéo dài (browser)");
			officer.clickToLeave(officer.find(By.id("commitment-submit")));

			// the threshold is a rate: the problem is shown next to it and nothing else is lost
			WebElement threshold = officer.find(By.id("targets0.threshold"));
			assertThat(threshold.findElement(By.xpath("following-sibling::span[@class='error']")).getText())
				.isEqualTo("Mức cam kết không hợp lệ (tỷ lệ từ 0 đến 100).");
			assertThat(officer.find(By.id("signer")).getAttribute("value")).isEqualTo(head);
			threshold.clear();
			threshold.sendKeys("80");
			officer.clickToLeave(officer.find(By.id("commitment-submit")));

			WebElement commitment = officer.find(By.xpath("//article[contains(., 'Phan Văn Cam Kết (browser)')]"));
			assertThat(officer.driver().getCurrentUrl()).contains("year=2023");
			assertThat(commitment.getText()).contains("Hoàn thành đúng hạn nhiệm vụ CCHC được giao (browser)", "(2/2)", "Đang đạt",
					"Không để xảy ra khiếu nại kéo dài (browser)", "Đánh giá cuối năm");
		}
	}
}
