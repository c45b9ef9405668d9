package org.claimdesk.claims;

import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class ClaimServiceTest {

    static final String BODY = "👩‍🔬 Researchers said the model is ready.\nThe company plans a release in May.";

    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    Article article;
    Speaker speaker;

    @BeforeEach
    void setUp() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Claims " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
        speaker = speakers.create(SpeakerFields.named("Researcher " + UUID.randomUUID(), SpeakerKind.PERSON));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static ClaimFields fields(Long speakerId, int confidence) {
        return new ClaimFields(speakerId, Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, confidence,
                ClaimType.CAPABILITY, List.of("ai", " AI ", "", "models"), "  <b>check</b> this  ");
    }

    NewClaim on(String quote) {
        int start = BODY.codePointCount(0, BODY.indexOf(quote));
        return new NewClaim(article.id(), start, start + quote.codePointCount(0, quote.length()), quote,
                fields(speaker.id(), 70));
    }

    @Test
    void a_claim_is_stored_with_its_anchor_tags_and_note_as_plain_text() {
        Claim claim = claims.create(on("the model is ready"));

        Claim read = claims.find(claim.id()).orElseThrow();
        assertThat(read.anchor().start()).isEqualTo(21); // after a 3-code-point emoji sequence and a space
        assertThat(read.anchor().quote()).isEqualTo("the model is ready");
        assertThat(read.anchor().prefix()).isEqualTo("👩‍🔬 Researchers said ");
        assertThat(read.anchor().suffix()).startsWith(".\nThe company plans");
        assertThat(read.tags()).containsExactly("ai", "models");
        assertThat(read.note()).isEqualTo("<b>check</b> this");
        assertThat(read.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(read.createdBy()).isEqualTo("annotator");
        assertThat(read.speaker().id()).isEqualTo(speaker.id());
        assertThat(claims.forArticle(article.id())).extracting(Claim::id).containsExactly(claim.id());
    }

    @Test
    void a_forged_selection_over_invisible_characters_is_refused_and_nothing_is_stored() {
        String invisible = "\u00A0\u200B\uFEFF\u2060";
        Article spaced = articles.create(new NewArticle("Spaced " + UUID.randomUUID(), "Wire", null, null, null, "en",
                "Words" + invisible + "more words. " + UUID.randomUUID()));
        NewClaim forged = new NewClaim(spaced.id(), 5, 9, invisible, fields(speaker.id(), 50));

        assertThatThrownBy(() -> claims.create(forged)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("selection"));
        assertThat(claims.forArticle(spaced.id())).isEmpty();
    }

    @Test
    void a_selection_that_splits_an_emoji_sequence_is_refused() {
        // 👩‍🔬 is three code points: woman, zero-width joiner, microscope.
        NewClaim splitting = new NewClaim(article.id(), 1, 15, "\u200D🔬 Researchers", fields(speaker.id(), 50));
        assertThatThrownBy(() -> claims.create(splitting)).hasMessageContaining("starts inside a character");
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void a_quote_that_does_not_match_its_offsets_is_refused_and_nothing_is_stored() {
        NewClaim honest = on("the model is ready");
        NewClaim tampered = new NewClaim(article.id(), honest.start(), honest.end(), "the model is NOT ready", honest.fields());
        NewClaim shifted = new NewClaim(article.id(), honest.start() + 2, honest.end() + 2, honest.quote(), honest.fields());

        assertThatThrownBy(() -> claims.create(tampered)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("selection"));
        assertThatThrownBy(() -> claims.create(shifted)).hasMessageContaining("no longer matches");
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void out_of_range_confidence_overlong_notes_and_vanished_speakers_are_refused() {
        NewClaim base = on("the model is ready");
        for (int confidence : new int[] {-1, 101}) {
            assertThatThrownBy(() -> claims.create(new NewClaim(base.articleId(), base.start(), base.end(), base.quote(),
                    fields(speaker.id(), confidence)))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.field()).isEqualTo("confidence"));
        }
        ClaimFields longNote = new ClaimFields(speaker.id(), Attribution.REPORTED, SpeakerCertainty.HEDGED, 50,
                ClaimType.OTHER, List.of(), "n".repeat(4001));
        assertThatThrownBy(() -> claims.create(new NewClaim(base.articleId(), base.start(), base.end(), base.quote(), longNote)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> claims.create(new NewClaim(base.articleId(), base.start(), base.end(), base.quote(),
                fields(Long.MAX_VALUE, 50)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("speaker"));
        assertThat(claims.forArticle(article.id())).isEmpty();
    }

    @Test
    void the_author_edits_their_draft_and_the_version_moves_on() {
        Claim claim = claims.create(on("the model is ready"));
        Claim edited = claims.update(claim.id(), claim.version(), fields(null, 30));
        assertThat(edited.confidence()).isEqualTo(30);
        assertThat(edited.speaker()).isNull();
        assertThat(edited.version()).isGreaterThan(claim.version());
        assertThat(edited.anchor()).isEqualTo(claim.anchor());
    }

    @Test
    void a_second_save_from_a_stale_version_gets_a_conflict_and_overwrites_nothing() {
        Claim claim = claims.create(on("the model is ready"));
        users.signIn(Role.EDITOR);
        claims.update(claim.id(), claim.version(), fields(speaker.id(), 90));

        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> claims.update(claim.id(), claim.version(), fields(speaker.id(), 10)))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("editor changed this claim");
        assertThat(claims.find(claim.id()).orElseThrow().confidence()).isEqualTo(90);
        assertThatThrownBy(() -> claims.delete(claim.id(), claim.version())).isInstanceOf(ClaimConflictException.class);
        assertThat(claims.find(claim.id())).isPresent();
    }

    @Test
    void other_annotators_cannot_change_a_draft_but_editors_can() {
        Claim claim = claims.create(on("The company plans a release in May"));
        users.signIn("reviewer");
        assertThatThrownBy(() -> claims.update(claim.id(), claim.version(), fields(speaker.id(), 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.delete(claim.id(), claim.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(claims.mayChange(claim)).isFalse();

        users.signIn(Role.EDITOR);
        assertThat(claims.mayChange(claim)).isTrue();
        claims.delete(claim.id(), claim.version());
        assertThat(claims.find(claim.id())).isEmpty();
    }

    @Test
    void deleting_an_already_deleted_claim_says_so() {
        Claim claim = claims.create(on("the model is ready"));
        claims.delete(claim.id(), claim.version());
        assertThatThrownBy(() -> claims.delete(claim.id(), claim.version()))
                .isInstanceOf(ClaimConflictException.class).hasMessageContaining("deleted");
    }

    @Test
    void the_demo_article_carries_the_seed_claims_two_of_which_overlap() {
        var demo = articles.findByContentHash(org.claimdesk.articles.DemoArticles.contentHash()).orElseThrow();
        List<Claim> seeded = claims.forArticle(demo.id()).stream().filter(c -> c.tags().contains("demo")).toList();
        assertThat(seeded).hasSize(9);
        assertThat(seeded).extracting(Claim::speakerName).contains("Mark Zuckerberg", "Meta spokesperson", "TechCrunch");
        Claim wide = seeded.stream().filter(c -> c.anchor().quote().startsWith("Meta had completed")).findFirst().orElseThrow();
        Claim inner = seeded.stream().filter(c -> c.anchor().quote().startsWith("delayed its release")).findFirst().orElseThrow();
        assertThat(inner.anchor().start()).isGreaterThan(wide.anchor().start());
        assertThat(inner.anchor().end()).isEqualTo(wide.anchor().end());
    }
}
