package org.claimdesk.export;

import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Every public method of the export service, for every role and for nobody signed in. */
@ClaimdeskTest
class ExportServiceSecurityTest {

    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;
    long articleId;

    @BeforeEach
    void demoArticle() {
        users.signIn(Role.VIEWER);
        articleId = articles.list("", PageRequest.of(0, 1)).getFirst().id();
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void reviewers_export_an_article_or_a_search_editors_everything_and_admins_read_the_log(Role role) {
        users.signIn(role);
        SecurityMatrix.expect(role, Role.REVIEWER, () -> exports.article(articleId, ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expect(role, Role.REVIEWER,
                () -> exports.search(SearchQuery.of("open source"), ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expect(role, Role.EDITOR, () -> exports.all(ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expect(role, Role.ADMIN, () -> exports.log(0, 10));
        SecurityMatrix.expect(role, Role.ADMIN, exports::logCount);
        SecurityMatrix.expect(role, Role.EDITOR, () -> imports.importAnnotations(emptyFile(), ImportMode.DRY_RUN));
    }

    static java.io.InputStream emptyFile() {
        return new java.io.ByteArrayInputStream("[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void nobody_signed_in_exports_nothing() {
        SecurityMatrix.expectSignInRequired(() -> exports.article(articleId, ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expectSignInRequired(
                () -> exports.search(SearchQuery.of("open source"), ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expectSignInRequired(() -> exports.all(ExportFormat.CSV, ExportOptions.DEFAULT));
        SecurityMatrix.expectSignInRequired(() -> exports.log(0, 10));
        SecurityMatrix.expectSignInRequired(exports::logCount);
        SecurityMatrix.expectSignInRequired(() -> imports.importAnnotations(emptyFile(), ImportMode.DRY_RUN));
    }
}
