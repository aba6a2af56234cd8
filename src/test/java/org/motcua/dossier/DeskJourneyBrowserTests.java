package org.motcua.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.support.Browser;
import org.motcua.support.IntegrationTest;
import org.motcua.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier's whole life at the one-stop desk of a commune of the two-tier local government: received at the
 * counter, carried through the commune's internal process by the specialist and the chairman, and returned.
 * The tests run on today's clock, so due dates are checked for their presence and form, not their value.
 */
@IntegrationTest
class DeskJourneyBrowserTests {

	static final String CLERK = "tiepnhan.xadoluong";
	static final String SPECIALIST = "congchuc.xadoluong";
	static final String CHAIRMAN = "chutich.xadoluong";
	static final String COMMUNE_CODE = "H41\\.50\\.01-\\d{6}-\\d{4}";
	static final String DATE_TIME = "\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}";

	@LocalServerPort
	int port;

	@Test
	void aCommuneDeskReceivesAHouseholdBusinessThatTheSpecialistAndChairmanCarryThroughAndTheDeskReturns() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(CLERK, Tokens.DEMO_PASSWORD);
			browser.waitForText(By.id("welcome"), "Lê Thị Thu");
			browser.clickToLeave(browser.find(By.linkText("Bộ phận một cửa")));
			browser.waitForUrlEnding("/desk");
			browser.clickToLeave(browser.find(By.id("new-dossier")));
			browser.waitForUrlEnding("/desk/intake");
			assertThat(browser.find(By.tagName("main")).getText()).contains("Đơn vị tiếp nhận: Xã Đô Lương");

			pickProcedure(browser, "ho kinh doanh", "H41-X-HKD-031");
			assertThat(browser.find(By.id("intake-form")).getText())
				.contains("Đăng ký thành lập hộ kinh doanh", "Thời hạn giải quyết: 3 ngày làm việc");
			fillApplicant(browser, "Hoàng Văn Bình", "999090001234", "0912345678");
			tickEveryComponent(browser);
			browser.clickToLeave(browser.find(By.id("intake-submit")));
			// 999 is no province code: the form comes back with the message beside the field, keeping what was entered
			assertThat(browser.find(By.id("citizenId-error")).getText()).contains("mã tỉnh hợp lệ");
			assertThat(browser.find(By.id("intake-form")).getText()).contains("Đăng ký thành lập hộ kinh doanh");
			assertThat(browser.find(By.id("fullName")).getAttribute("value")).isEqualTo("Hoàng Văn Bình");
			assertThat(components(browser)).isNotEmpty().allMatch(WebElement::isSelected);
			browser.find(By.id("citizenId")).clear();
			browser.find(By.id("citizenId")).sendKeys("040090001234");
			browser.clickToLeave(browser.find(By.id("intake-submit")));

			assertThat(browser.find(By.cssSelector(".flash")).getText()).isEqualTo("Đã ghi nhận hồ sơ.");
			String code = browser.find(By.id("dossier-code")).getText();
			assertThat(code).matches(COMMUNE_CODE);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/dossiers/" + code);
			assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
			assertThat(browser.find(By.id("dossier-due")).getText()).matches(DATE_TIME);
			assertThat(timeline(browser)).singleElement().asString().contains("Tiếp nhận", CLERK, "Đã tiếp nhận");
			act(browser, "FORWARD", "Đang xử lý");

			switchTo(browser, SPECIALIST);
			openFromInbox(browser, code);
			act(browser, "FORWARD", "Đang xử lý");
			act(browser, "FORWARD", "Đang xử lý");
			assertThat(browser.driver().findElements(By.id("action-FORWARD"))).as("the signature step is the chairman's").isEmpty();

			switchTo(browser, CHAIRMAN);
			openFromInbox(browser, code);
			act(browser, "APPROVE", "Đang xử lý");
			assertThat(browser.find(By.id("dossier-timeliness")).getText()).isIn("Trước hạn", "Đúng hạn");

			switchTo(browser, CLERK);
			openFromInbox(browser, code);
			act(browser, "RESULT_READY", "Có kết quả, chờ trả");
			browser.clickToLeave(browser.find(By.linkText("Bộ phận một cửa")));
			browser.clickToLeave(browser.find(By.id("desk-ready")).findElement(By.linkText(code)));
			browser.waitForUrlEnding("/dossiers/" + code);
			new Select(browser.find(By.id("via-RETURN_RESULT"))).selectByValue("COUNTER");
			act(browser, "RETURN_RESULT", "Đã trả kết quả");

			assertThat(browser.find(By.tagName("main")).getText()).contains("Bạn không có thao tác nào với hồ sơ ở trạng thái này.");
			List<String> entries = timeline(browser);
			assertThat(entries).hasSize(7);
			assertThat(entries.get(0)).contains("Tiếp nhận", CLERK, "Đã tiếp nhận");
			assertThat(entries.get(1)).contains("Chuyển bước tiếp theo", CLERK, "Đang xử lý", "Thẩm định hồ sơ");
			assertThat(entries.get(2)).contains("Chuyển bước tiếp theo", SPECIALIST, "Xem xét, trình ký");
			assertThat(entries.get(3)).contains("Chuyển bước tiếp theo", SPECIALIST, "Ký duyệt kết quả");
			assertThat(entries.get(4)).contains("Phê duyệt, ban hành kết quả", CHAIRMAN, "Đang xử lý");
			assertThat(entries.get(5)).contains("Kết quả đã về bộ phận một cửa", CLERK, "Có kết quả, chờ trả");
			assertThat(entries.get(6)).contains("Trả kết quả", CLERK, "Đã trả kết quả");
		}
	}

	/** Searches the procedures the desk receives (htmx answers as one types) and opens the intake form for one. */
	static void pickProcedure(Browser browser, String search, String procedureCode) {
		browser.find(By.id("procedure-search")).sendKeys(search);
		browser.waitForText(By.id("procedure-choices"), procedureCode);
		browser.clickToLeave(browser.find(By.partialLinkText("(" + procedureCode + ")")));
		browser.waitForUrlEnding("procedureCode=" + procedureCode);
	}

	static void fillApplicant(Browser browser, String fullName, String citizenId, String phone) {
		browser.find(By.id("fullName")).sendKeys(fullName);
		browser.find(By.id("citizenId")).sendKeys(citizenId);
		browser.find(By.id("phone")).sendKeys(phone);
	}

	static List<WebElement> components(Browser browser) {
		return browser.find(By.id("checklist")).findElements(By.cssSelector("input[name=provided]"));
	}

	static void tickEveryComponent(Browser browser) {
		for (WebElement box : components(browser)) {
			box.click();
		}
	}

	/** Takes an action from its card on the dossier page and checks the status the page shows afterwards. */
	static void act(Browser browser, String action, String expectedStatus) {
		WebElement form = browser.find(By.id("action-" + action));
		browser.clickToLeave(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.driver().findElements(By.id("action-errors"))).as("errors after %s", action).isEmpty();
		assertThat(browser.find(By.cssSelector(".flash")).getText()).isEqualTo("Đã thực hiện.");
		assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo(expectedStatus);
	}

	static List<String> timeline(Browser browser) {
		return browser.find(By.id("timeline")).findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
	}

	static void switchTo(Browser browser, String username) {
		browser.clickToLeave(browser.find(By.id("logout")));
		browser.waitForUrlEnding("/login?logout");
		browser.signIn(username, Tokens.DEMO_PASSWORD);
		browser.waitForText(By.id("welcome"), "Xin chào");
	}

	/** Opens the dossier from the official's inbox, where it must be waiting. */
	static void openFromInbox(Browser browser, String code) {
		browser.clickToLeave(browser.find(By.linkText("Hồ sơ cần xử lý")));
		browser.waitForUrlEnding("/inbox");
		browser.clickToLeave(browser.find(By.id("inbox")).findElement(By.linkText(code)));
		browser.waitForUrlEnding("/dossiers/" + code);
	}
}
