package org.claimdesk.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.TestUsers;
import org.claimdesk.e2e.pages.ExportMenuPage;
import org.claimdesk.e2e.pages.SearchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloading exports in Chromium: the CSV of a search, as the browser saves it. */
class ExportBrowserTest extends BrowserTest {

    static Path downloads;

    @BeforeAll
    protected static void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("claimdesk-downloads");
        driver = newBrowser(new Dimension(1280, 800), false, options -> options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false)));
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @BeforeEach
    void noDownloadsYet() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    SearchPage searchAs(String user, String query) {
        loginPage().signIn(user, TestUsers.DEMO_PASSWORD);
        SearchPage search = SearchPage.open(driver, url("/search"));
        search.search(query).awaitResultsFor(query);
        return search;
    }

    /** The one file the browser finished downloading. */
    static Path downloaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("a finished download in " + downloads)
                .until(d -> files().size() == 1 && files().stream().noneMatch(f -> f.toString().endsWith(".crdownload")));
        return files().getFirst();
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_reviewer_downloads_the_csv_of_a_search_with_exactly_its_claims() throws IOException {
        SearchPage search = searchAs("reviewer", "speaker:zuckerberg");
        assertThat(search.total()).isEqualTo("2 claims");

        ExportMenuPage export = new ExportMenuPage(driver, "export-search").open().download("csv");

        Path file = downloaded();
        assertThat(file.getFileName().toString()).startsWith("claimdesk-search-").endsWith(".csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("speaker")).isEqualTo("Mark Zuckerberg"));
        assertThat(rows).extracting(r -> r.get("quote"))
                .anySatisfy(q -> assertThat(q).startsWith(SearchBrowserTest.ZUCKERBERG_QUOTE));
        assertThat(search.quotes()).hasSize(2);
        assertThat(export.awaitProgress("Exported")).isEqualTo("Exported 2 rows.");
    }

    @Test
    void the_excel_friendly_option_starts_the_file_with_a_byte_order_mark() throws IOException {
        searchAs("reviewer", "speaker:zuckerberg");
        new ExportMenuPage(driver, "export-search").open().byteOrderMark(true).download("csv");

        byte[] bytes = Files.readAllBytes(downloaded());
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
    }

    @Test
    void a_viewer_sees_no_export_button() {
        searchAs("viewer", "speaker:zuckerberg");

        assertThat(new ExportMenuPage(driver, "export-search").present()).isFalse();
    }
}
