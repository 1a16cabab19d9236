package io.wsboot.sample.echo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.wsboot.sample.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chromium's messages to the sample's echo come back whole: sizes around every buffer boundary up
 * to the 1 MB message limit, text and binary, compressible and random, with the permessage-deflate
 * that Chromium always offers; one byte over the limit closes with 1009.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EchoBrowserTests {

	private static final int LIMIT = 1024 * 1024;

	private static final int[] BOUNDARIES = { 125, 126, 127, 1024, 4096, 8192, 16384, 32768, 65535, 65536, 131072,
			262144, LIMIT };

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = Chromium.start();
		this.browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
		this.browser.get("http://localhost:" + this.port + "/");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyMessageUpToTheLimitComesBackWhole() throws IOException {
		List<Integer> sizes = new ArrayList<>();
		for (int boundary : BOUNDARIES) {
			IntStream.rangeClosed(boundary - 1, boundary + 3).filter((size) -> size <= LIMIT).forEach(sizes::add);
		}
		Map<String, Object> result = (Map<String, Object>) this.browser.executeAsyncScript(script("echo-sweep.js"),
				"ws://localhost:" + this.port + "/ws/echo", sizes);
		assertThat(result.get("failure")).as("the connection").isNull();
		assertThat(result.get("extensions")).as("extensions agreed").asString().startsWith("permessage-deflate");
		assertThat((List<String>) result.get("wrong")).as("wrong echoes").isEmpty();
		assertThat(result.get("sent")).isEqualTo((long) sizes.size() * 6);
	}

	@Test
	void aMessageOneByteOverTheLimitClosesWith1009() {
		Object code = this.browser.executeAsyncScript("""
				const [url, size, done] = arguments;
				const socket = new WebSocket(url);
				socket.onopen = () => socket.send('b'.repeat(size));
				socket.onmessage = () => done('echoed');
				socket.onclose = (event) => done(event.code);
				""", "ws://localhost:" + this.port + "/ws/echo", LIMIT + 1);
		assertThat(code).isEqualTo(1009L);
	}

	private static String script(String name) throws IOException {
		try (InputStream in = EchoBrowserTests.class.getResourceAsStream("/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
