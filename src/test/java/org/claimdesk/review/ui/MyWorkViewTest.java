package org.claimdesk.review.ui;

import java.util.List;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MyWorkViewTest extends KaribuTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired org.claimdesk.review.ReviewQueues queues;

    @Test
    void the_annotator_sees_the_reason_of_changes_requested_in_their_work() {
        users.signIn(Role.ANNOTATOR);
        String body = "A lab says its model " + UUID.randomUUID() + " beats every rival.";
        Article article = articles.create(new NewArticle("Work " + UUID.randomUUID(), "Wire", null, null, null, "en", body));
        Claim draft = claims.create(new NewClaim(article.id(), 0, 5, "A lab", new ClaimFields(null,
                Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 60, ClaimType.OTHER, List.of(), null)));
        Claim submitted = review.submit(draft.id(), draft.version());
        users.signIn(Role.REVIEWER);
        review.requestChanges(submitted.id(), submitted.version(), ReviewReason.NOT_A_CLAIM, "Just a name, no claim.");

        users.signIn(Role.ANNOTATOR);
        MyWorkView view = show(new MyWorkView(queues));
        assertThat(view.changesRequested.getElement().getTextRecursively())
                .contains("“A lab”", "reviewer asked for changes. Not a claim: Just a name, no claim.");
    }
}
