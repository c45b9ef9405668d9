package org.claimdesk.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real-browser tests: Claimdesk on a random port with the demo data, driven through Debian's
 * Chromium and ChromeDriver. One browser per test class, with its own profile folder; cookies are
 * cleared before each test so every test starts signed out.
 */
@ExtendWith(ScreenshotOnFailure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    protected static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers users;

    @BeforeAll
    protected static void startBrowser() throws IOException {
        driver = newBrowser(new Dimension(1280, 800));
    }

    /** A fresh headless Chromium; the caller quits it (or leaves it to {@link #stopBrowser} when it is {@link #driver}). */
    protected static WebDriver newBrowser(Dimension size) throws IOException {
        return newBrowser(size, false);
    }

    /**
     * A fresh headless Chromium. With {@code phone}, the page gets exactly {@code size} as a touch
     * screen's viewport (headless windows cannot be narrower than 500 pixels).
     */
    protected static WebDriver newBrowser(Dimension size, boolean phone) throws IOException {
        return newBrowser(size, phone, options -> { });
    }

    /** A fresh headless Chromium with extra options (e.g. performance logging for a benchmark). */
    protected static WebDriver newBrowser(Dimension size, boolean phone, Consumer<ChromeOptions> more) throws IOException {
        profile = Files.createTempDirectory("claimdesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + Math.max(size.getWidth(), 500) + "," + size.getHeight());
        if (phone) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", size.getWidth(), "height", size.getHeight(), "pixelRatio", 2.0,
                            "touch", true)));
        }
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    @AfterAll
    protected static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    protected void startSignedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected LoginPage loginPage() {
        return LoginPage.open(driver, url("/login"));
    }
}
