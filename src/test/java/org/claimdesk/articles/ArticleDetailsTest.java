package org.claimdesk.articles;

import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors correct an article's details; the text never changes. */
@ClaimdeskTest
class ArticleDetailsTest {

    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    Article article() {
        users.signIn(Role.ANNOTATOR);
        return articles.create(new NewArticle("Draft title " + UUID.randomUUID(), "Wire", null, null, null, "en",
                "Body " + UUID.randomUUID()));
    }

    @Test
    void an_editor_corrects_title_outlet_and_date_and_the_list_filter_finds_the_new_title() {
        Article before = article();
        users.signIn(Role.EDITOR);
        String marker = "Zd" + UUID.randomUUID().toString().substring(0, 8);

        Article after = articles.updateDetails(before.id(), new ArticleDetails("Corrected " + marker, "Le Café Post",
                "https://example.org/a", "A. Writer", LocalDate.of(2025, 6, 20), "fr"));

        assertThat(after.title()).isEqualTo("Corrected " + marker);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(articles.find(before.id()).orElseThrow().outlet()).isEqualTo("Le Café Post");
        assertThat(articles.list("corrected " + marker.toLowerCase(), PageRequest.of(0, 5))).hasSize(1);
        assertThat(articles.count("le cafe post")).isPositive();
    }

    @Test
    void details_are_checked_as_when_adding() {
        Article before = article();
        users.signIn(Role.EDITOR);
        assertThatThrownBy(() -> articles.updateDetails(before.id(), new ArticleDetails("\u200B", "Wire", null, null,
                null, "en"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> articles.updateDetails(before.id(), new ArticleDetails("Ok", "Wire", "javascript:alert(1)",
                null, null, "en"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(articles.find(before.id()).orElseThrow().title()).isEqualTo(before.title());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void only_editors_and_admins_correct_details(Role role) {
        Article before = article();
        users.signIn(role);
        SecurityMatrix.expect(role, Role.EDITOR, () -> articles.updateDetails(before.id(), ArticleDetails.of(before)));
    }
}
