package org.claimdesk.articles;

import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.Statements;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimdeskTest
class ArticleListQueriesTest {

    @Autowired ArticleService articles;
    @Autowired TestUsers users;
    @Autowired Statements statements;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_page_of_200_articles_is_one_statement_and_loads_no_bodies() {
        users.signIn(Role.ANNOTATOR);
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 200; i++) {
            articles.create(new NewArticle("Listed " + i + " " + run, "Query Wire", null, null, null, "en",
                    ("A long body " + i + " " + run + ". ").repeat(2000)));
        }
        PageRequest page = PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        List<ArticleSummary>[] listed = new List[1];

        long count = statements.countedIn(() -> listed[0] = articles.list(run, page));

        assertThat(listed[0]).hasSize(200);
        assertThat(count).isEqualTo(1);
    }
}
