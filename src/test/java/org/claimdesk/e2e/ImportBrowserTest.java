package org.claimdesk.e2e;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.e2e.pages.ImportPage;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportOptions;
import org.claimdesk.export.ExportProgress;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor checks a Web Annotation file with a dry run in Chromium, and a broken file is reported, not half-read. */
class ImportBrowserTest extends BrowserTest {

    @Autowired ExportService exports;
    @Autowired ArticleService articles;
    @Autowired ClaimRecords claims;

    @Test
    void an_editor_dry_runs_an_exported_file_and_a_broken_file_is_refused_with_nothing_changed() throws Exception {
        users.signIn(Role.EDITOR);
        long demo = articles.list("Behemoth", PageRequest.of(0, 1)).getFirst().id();
        Path exported = Files.createTempFile("claimdesk-import", ".jsonld");
        try (OutputStream out = Files.newOutputStream(exported)) {
            exports.article(demo, ExportFormat.WEB_ANNOTATION, ExportOptions.DEFAULT).writeTo(out, ExportProgress.NONE);
        }
        Path broken = Files.createTempFile("claimdesk-broken", ".json");
        Files.writeString(broken, "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [");
        long before = claims.count();
        TestUsers.signOut();

        loginPage().signIn("editor", TestUsers.DEMO_PASSWORD);
        ImportPage page = ImportPage.open(driver, url("/import"));
        page.choose("Dry run").upload(exported, "Dry run:");
        assertThat(page.summary()).contains("would be created", "nothing was changed");

        page.choose("Import all").upload(broken, "Nothing was imported");
        assertThat(page.summary()).doesNotContain("Dry run");
        assertThat(claims.count()).isEqualTo(before);
        Files.delete(exported);
        Files.delete(broken);
    }
}
