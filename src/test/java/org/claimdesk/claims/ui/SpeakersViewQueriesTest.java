package org.claimdesk.claims.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import java.util.UUID;
import org.claimdesk.KaribuTest;
import org.claimdesk.Statements;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimFields;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.NewClaim;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerListing;
import org.claimdesk.claims.SpeakerService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SpeakersViewQueriesTest extends KaribuTest {

    @Autowired SpeakerService speakers;
    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired Statements statements;

    @Test
    void the_speakers_view_shows_200_speakers_with_aliases_and_claim_counts_in_a_fixed_number_of_statements() {
        users.signIn(Role.EDITOR);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Article article = articles.create(new NewArticle("Speakers " + run, "Wire", null, null, null, "en",
                "Someone said something worth checking. " + run));
        for (int i = 0; i < 200; i++) {
            Speaker s = speakers.create(new SpeakerFields("Speaker " + i + " " + run, List.of("Alias " + i + " " + run),
                    SpeakerKind.PERSON, null, null, null));
            if (i % 2 == 0) {
                claims.create(new NewClaim(article.id(), 0, 7, "Someone", new ClaimFields(s.id(), Attribution.REPORTED,
                        SpeakerCertainty.ASSERTED, 50, ClaimType.OTHER, List.of(), null)));
            }
        }
        SpeakersView view = show(new SpeakersView(speakers));
        _setValue(view.filter, run);
        List<SpeakerListing>[] rows = new List[1];

        long count = statements.countedIn(() -> rows[0] = GridKt._fetch(view.grid, 0, 200));

        assertThat(rows[0]).hasSize(200);
        assertThat(rows[0]).filteredOn(l -> l.speaker().name().startsWith("Speaker 0 ")).singleElement()
                .satisfies(l -> assertThat(l.claimCount()).isEqualTo(1));
        assertThat(rows[0]).allSatisfy(l -> assertThat(l.speaker().aliases()).hasSize(1));
        // The speakers, their aliases in two batches of 100, the claim counts in one grouped query.
        assertThat(count).isLessThanOrEqualTo(4);
    }
}
