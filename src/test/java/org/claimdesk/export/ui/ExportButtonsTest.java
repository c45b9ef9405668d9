package org.claimdesk.export.ui;

import java.util.Optional;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which export buttons the views get for each role: the reader's and the search's from reviewer up, everything from
 * editor up (the service refuses the others anyway: ExportServiceSecurityTest).
 */
class ExportButtonsTest extends KaribuTest {

    @Autowired ExportActions actions;
    @Autowired ArticleService articles;

    @ParameterizedTest
    @EnumSource(Role.class)
    void the_views_get_the_export_buttons_the_role_may_use(Role role) {
        users.signIn(role);
        Article article = articles.find(articles.list("", PageRequest.of(0, 1)).getFirst().id()).orElseThrow();

        assertThat(actions.forArticle(article).map(menu -> menu.getId().orElse(""))).as("reader")
                .isEqualTo(role.includes(Role.REVIEWER) ? Optional.of("export-article") : Optional.empty());
        assertThat(actions.create(SearchQuery.of("open")).map(menu -> menu.getId().orElse(""))).as("search")
                .isEqualTo(role.includes(Role.REVIEWER) ? Optional.of("export-search") : Optional.empty());
        assertThat(actions.forAllArticles().map(menu -> menu.getId().orElse(""))).as("article list")
                .isEqualTo(role.includes(Role.EDITOR) ? Optional.of("export-all") : Optional.empty());
    }
}
