package org.motcua.governance;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GovernanceBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anInspectorsRecommendationIsSeenByTheUnitHeadReportedOnByTheResponsibleOfficialAndClosedByTheInspector() {
		String recommendation = "Công khai số điện thoại đường dây nóng tại Trung tâm (browser)";
		String inspectionUrl;
		try (Browser inspector = Browser.open(port)) {
			inspector.signIn("kiemtra.nghean", Tokens.DEMO_PASSWORD);
			inspector.waitForText(By.id("welcome"), "Đỗ Văn Quang");
			inspector.go("/governance/inspections");
			inspector.find(By.partialLinkText("xã Đô Lương năm")).click();
			inspector.waitForText(By.id("inspection-title"), "xã Đô Lương");
			inspectionUrl = inspector.driver().getCurrentUrl();
			new Select(inspector.find(By.id("kind"))).selectByValue("SHORTCOMING");
			new Select(inspector.find(By.id("category"))).selectByValue("PUBLIC_INFORMATION");
			inspector.find(By.id("text")).sendKeys("Chưa công khai đường dây nóng tiếp nhận phản ánh (browser)");
			inspector.find(By.id("recommendation")).sendKeys(recommendation);
			new Select(inspector.find(By.id("assignee"))).selectByValue("congchuc.xadoluong");
			inspector.find(By.id("workingDays")).sendKeys("5");
			inspector.find(By.id("finding-submit")).click();
			inspector.waitForText(By.id("finding-list"), recommendation);
		}

		try (Browser head = Browser.open(port)) {
			head.signIn("chutich.xadoluong", Tokens.DEMO_PASSWORD);
			head.waitForText(By.id("welcome"), "Trần Văn Tâm");
			head.find(By.linkText("Cải cách hành chính")).click();
			head.find(By.id("view-unit")).click();
			head.waitForText(By.id("tasks"), recommendation);
		}

		try (Browser official = Browser.open(port)) {
			official.signIn("congchuc.xadoluong", Tokens.DEMO_PASSWORD);
			official.waitForText(By.id("welcome"), "Nguyễn Văn Sơn");
			official.go("/governance/tasks");
			official.find(By.linkText(recommendation)).click();
			official.waitForText(By.id("task-title"), recommendation);
			WebElement percent = official.find(By.id("percent"));
			percent.clear();
			percent.sendKeys("100");
			official.find(By.id("note")).sendKeys("Đã niêm yết số đường dây nóng tại quầy và trên trang thông tin (browser)");
			official.find(By.id("report-submit")).click();
			official.waitForText(By.id("reports"), "Đã niêm yết số đường dây nóng");
			assertThat(official.find(By.id("task-status")).getText()).isEqualTo("Đang thực hiện");
			assertThat(official.find(By.id("task-percent")).getText()).isEqualTo("100%");
		}

		try (Browser inspector = Browser.open(port)) {
			inspector.signIn("kiemtra.nghean", Tokens.DEMO_PASSWORD);
			inspector.waitForText(By.id("welcome"), "Đỗ Văn Quang");
			inspector.driver().get(inspectionUrl);
			WebElement row = inspector.find(By.xpath("//div[contains(@class,'recommendation')][contains(., '" + recommendation + "')]"));
			assertThat(row.getText()).contains("100%");
			row.findElement(By.name("note")).sendKeys("Đã kiểm tra thực tế, đạt yêu cầu (browser)");
			row.findElement(By.cssSelector("button[type=submit]")).click();
			WebElement closed = inspector.find(By.xpath("//div[contains(@class,'recommendation')][contains(., '" + recommendation + "')]"));
			assertThat(closed.findElement(By.className("rec-status")).getText()).isEqualTo("Đã đóng");
			assertThat(closed.getText()).contains("Hoàn thành");
		}
	}

	@Test
	void tanKysLegalReviewShowsTwentyOneExpiredFourteenInForceOneAmendmentAndNoAbolition() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn("chuyenvien.tanky", Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Đặng Văn Minh");
			browser.go("/governance/tasks");
			browser.find(By.id("nav-legal")).click();
			new Select(browser.find(By.id("filter-unit"))).selectByValue("H41.21");
			browser.find(By.id("filter-submit")).click();
			browser.find(By.partialLinkText("huyện Tân Kỳ ban hành (demo)")).click();
			browser.waitForText(By.id("review-title"), "Tân Kỳ");
			assertThat(browser.find(By.id("summary-expired")).getText()).isEqualTo("21");
			assertThat(browser.find(By.id("summary-in-force")).getText()).isEqualTo("14");
			assertThat(browser.find(By.id("summary-amendment")).getText()).isEqualTo("1");
			assertThat(browser.find(By.id("summary-abolition")).getText()).isEqualTo("0");
		}
	}
}
