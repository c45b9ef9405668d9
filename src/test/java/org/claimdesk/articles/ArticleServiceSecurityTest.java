package org.claimdesk.articles;

import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ClaimdeskTest
class ArticleServiceSecurityTest {

    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static NewArticle someArticle() {
        return new NewArticle("Guarded", "Outlet", null, null, null, "en", "Body " + UUID.randomUUID());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_reads_articles(Role role) {
        users.signIn(role);
        SecurityMatrix.expect(role, Role.VIEWER, () -> articles.list("", PageRequest.of(0, 5)));
        SecurityMatrix.expect(role, Role.VIEWER, () -> articles.count(""));
        SecurityMatrix.expect(role, Role.VIEWER, () -> articles.find(1L));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void annotators_and_up_add_articles_and_viewers_do_not(Role role) {
        users.signIn(role);
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> articles.create(someArticle()));
    }

    @Test
    void nobody_signed_in_can_do_anything() {
        SecurityMatrix.expectSignInRequired(() -> articles.list("", PageRequest.of(0, 5)));
        SecurityMatrix.expectSignInRequired(() -> articles.count(""));
        SecurityMatrix.expectSignInRequired(() -> articles.find(1L));
        SecurityMatrix.expectSignInRequired(() -> articles.create(someArticle()));
    }
}
