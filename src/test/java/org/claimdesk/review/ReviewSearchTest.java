package org.claimdesk.review;

import java.time.Duration;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Review moves reach the search index: a claim is found by its new state and by who reviewed it. */
@ClaimdeskTest
class ReviewSearchTest {

    @Autowired ReviewService review;
    @Autowired SearchService search;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_approved_claim_is_found_by_status_and_reviewer() {
        String reviewer = fixtures.account(Role.REVIEWER);
        Article article = fixtures.article();
        Claim draft = fixtures.draft(article);
        Claim submitted = review.submit(draft.id(), draft.version());
        users.signIn(reviewer);
        review.approve(submitted.id(), submitted.version());

        String here = " AND articleid:" + article.id();
        await().atMost(Duration.ofSeconds(10)).pollInSameThread()
                .until(() -> search.page(SearchQuery.of("status:approved" + here), null, 1).total() == 1);

        assertThat(search.page(SearchQuery.of("reviewer:\"" + reviewer + "\"" + here), null, 5).hits())
                .extracting(h -> h.claimId()).containsExactly(submitted.id());
        assertThat(search.page(SearchQuery.of("status:approved" + here), null, 5).hits())
                .extracting(h -> h.claimId()).containsExactly(submitted.id());
        assertThat(search.page(SearchQuery.of("status:draft" + here), null, 5).total()).isZero();
    }
}
