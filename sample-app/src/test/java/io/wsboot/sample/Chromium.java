package io.wsboot.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its ChromeDriver, both installed by {@code scripts/test.sh},
 * with a fresh profile.
 */
public final class Chromium {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private Chromium() {
	}

	/**
	 * Starts a browser; the caller quits it.
	 * @return the browser
	 * @throws IOException if the profile directory cannot be made
	 */
	public static ChromeDriver start() throws IOException {
		assertThat(new File(CHROMIUM)).as("Chromium, installed by scripts/test.sh").exists();
		assertThat(new File(CHROMEDRIVER)).as("ChromeDriver, installed by scripts/test.sh").exists();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1000,800", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
