package io.wsboot.sample.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.wsboot.sample.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat page in a real browser (Debian's Chromium, driven by its ChromeDriver): two pages in one
 * room talk, and a page from another origin is refused. Leaves a screenshot in
 * {@code target/chat.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChatBrowserTests {

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = Chromium.start();
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void join(String url, String nick, String room) {
		this.browser.get(url);
		this.browser.findElement(By.id("nick")).sendKeys(nick);
		this.browser.findElement(By.id("room")).clear();
		this.browser.findElement(By.id("room")).sendKeys(room);
		this.browser.findElement(By.id("connect")).click();
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@Test
	void twoPagesInOneRoomTalkAndAForeignOriginIsRefused() throws IOException {
		String page = "http://localhost:" + this.port + "/";
		join(page, "ann", "garden");
		waiting().until(ExpectedConditions.textToBe(By.id("status"), "open"));
		String annWindow = this.browser.getWindowHandle();

		this.browser.switchTo().newWindow(WindowType.TAB);
		join(page, "bob", "garden");
		waiting().until(ExpectedConditions.textToBe(By.id("status"), "open"));
		this.browser.findElement(By.id("text")).sendKeys("hello from bob");
		this.browser.findElement(By.id("send")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "bob: hello from bob"));

		this.browser.switchTo().window(annWindow);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "bob: hello from bob"));
		assertThat(this.browser.findElement(By.id("log")).getText()).contains("ann joined", "bob joined");
		assertThat(this.browser.findElement(By.id("members")).getText()).isEqualTo("ann, bob");
		Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "chat.png"),
				StandardCopyOption.REPLACE_EXISTING);

		this.browser.switchTo().newWindow(WindowType.TAB);
		join("http://127.0.0.1:" + this.port + "/?server=localhost:" + this.port, "mallory", "garden");
		waiting().until(ExpectedConditions.textToBe(By.id("status"), "closed (1006)"));
		assertThat(this.browser.findElement(By.id("log")).getText()).doesNotContain("mallory");
	}

}
