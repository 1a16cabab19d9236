package io.wsboot.sample.chat;

import java.io.IOException;
import java.time.Duration;

import io.wsboot.sample.Chromium;
import io.wsboot.sample.RedisServerProcess;
import io.wsboot.sample.SampleApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's cluster commands, in one JVM: a real Redis and two sample instances with the
 * {@code cluster} profile on two ports; a Chromium page on each joins one room, and the two talk both
 * ways and see each other in the member list.
 */
class ClusterChatBrowserTests {

	private RedisServerProcess redis;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private ChromeDriver browser;

	@BeforeEach
	void start() throws IOException {
		this.redis = RedisServerProcess.start();
		this.first = instance();
		this.second = instance();
		this.browser = Chromium.start();
	}

	private ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(SampleApplication.class).run("--spring.profiles.active=cluster",
				"--server.port=0", "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + this.redis.port());
	}

	@AfterEach
	void stop() throws Exception {
		ChromeDriver started = this.browser;
		AutoCloseable quit = (started != null) ? started::quit : null;
		for (AutoCloseable each : new AutoCloseable[] { quit, this.first, this.second, this.redis }) {
			try {
				if (each != null) {
					each.close();
				}
			}
			catch (RuntimeException ex) {
				ex.printStackTrace();
			}
		}
	}

	@Test
	void pagesOnTwoInstancesTalkInOneRoomBothWays() {
		join(this.first, "ann");
		String annWindow = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.TAB);
		join(this.second, "bob");
		waiting().until(ExpectedConditions.textToBe(By.id("members"), "ann, bob"));
		say("hello from bob");

		this.browser.switchTo().window(annWindow);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "bob: hello from bob"));
		assertThat(this.browser.findElement(By.id("log")).getText()).contains("ann joined", "bob joined");
		assertThat(this.browser.findElement(By.id("members")).getText()).isEqualTo("ann, bob");
		say("hello from ann");

		String bobWindow = this.browser.getWindowHandles().stream().filter((handle) -> !handle.equals(annWindow))
			.findFirst()
			.orElseThrow();
		this.browser.switchTo().window(bobWindow);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "ann: hello from ann"));
		assertThat(this.browser.findElement(By.id("log")).getText()).containsOnlyOnce("ann: hello from ann")
			.containsOnlyOnce("bob: hello from bob");
	}

	private void join(ConfigurableApplicationContext instance, String nick) {
		int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		this.browser.get("http://localhost:" + port + "/");
		this.browser.findElement(By.id("nick")).sendKeys(nick);
		this.browser.findElement(By.id("room")).clear();
		this.browser.findElement(By.id("room")).sendKeys("harbour");
		this.browser.findElement(By.id("connect")).click();
		waiting().until(ExpectedConditions.textToBe(By.id("status"), "open"));
	}

	private void say(String text) {
		this.browser.findElement(By.id("text")).sendKeys(text);
		this.browser.findElement(By.id("send")).click();
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

}
