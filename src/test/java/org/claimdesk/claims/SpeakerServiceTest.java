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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class SpeakerServiceTest {

    @Autowired SpeakerService speakers;
    @Autowired ClaimService claims;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void speakers_are_found_by_name_or_alias_ignoring_case_and_accents() {
        users.signIn(Role.EDITOR);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Speaker jose = speakers.create(new SpeakerFields("José Álvarez " + tag, List.of("Pepe " + tag), SpeakerKind.PERSON,
                "Chief scientist", "Lab", "https://www.wikidata.org/wiki/Q42"));

        assertThat(speakers.search("jose alvarez " + tag, 0, 10)).extracting(Speaker::id).containsExactly(jose.id());
        assertThat(speakers.search("PEPE " + tag, 0, 10)).extracting(Speaker::id).containsExactly(jose.id());
        assertThat(speakers.count("álvarez " + tag.toUpperCase())).isEqualTo(1);
        assertThat(speakers.search("%" + tag, 0, 10)).isEmpty();
    }

    @Test
    void speaker_search_folds_letters_with_strokes_ligatures_and_sharp_s() {
        users.signIn(Role.ANNOTATOR);
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        Speaker walesa = speakers.create(SpeakerFields.named("Lech Wałęsa" + tag, SpeakerKind.PERSON));
        Speaker oresund = speakers.create(SpeakerFields.named("Øresund Bridge Consortium" + tag, SpeakerKind.ORGANISATION));
        Speaker strasse = speakers.create(SpeakerFields.named("Hauptstraße Verein" + tag, SpeakerKind.ORGANISATION));
        Speaker aeroe = speakers.create(SpeakerFields.named("Ærø Kommune" + tag, SpeakerKind.ORGANISATION));
        Speaker jose = speakers.create(SpeakerFields.named("José Álvarez" + tag, SpeakerKind.PERSON));

        assertThat(speakers.search("walesa" + tag, 0, 10)).extracting(Speaker::id).containsExactly(walesa.id());
        assertThat(speakers.search("oresund bridge consortium" + tag, 0, 10)).extracting(Speaker::id)
                .containsExactly(oresund.id());
        assertThat(speakers.search("hauptstrasse verein" + tag, 0, 10)).extracting(Speaker::id)
                .containsExactly(strasse.id());
        assertThat(speakers.search("aero kommune" + tag, 0, 10)).extracting(Speaker::id).containsExactly(aeroe.id());
        assertThat(speakers.search("jose alvarez" + tag, 0, 10)).extracting(Speaker::id).containsExactly(jose.id());
        assertThat(speakers.count("WAŁĘSA" + tag)).isEqualTo(1);
    }

    @Test
    void a_name_typed_with_two_letter_spellings_finds_the_speaker_stored_with_umlauts_and_back() {
        users.signIn(Role.ANNOTATOR);
        String tag = " " + UUID.randomUUID().toString().substring(0, 6);
        Speaker mueller = speakers.create(SpeakerFields.named("Anna Müller" + tag, SpeakerKind.PERSON));
        Speaker spelled = speakers.create(SpeakerFields.named("Jürgen Koehler" + tag, SpeakerKind.PERSON));

        assertThat(speakers.search("anna mueller" + tag, 0, 10)).extracting(Speaker::id).containsExactly(mueller.id());
        assertThat(speakers.search("juergen köhler" + tag, 0, 10)).extracting(Speaker::id).containsExactly(spelled.id());
    }

    @Test
    void a_speaker_name_of_only_invisible_characters_is_refused_at_the_name() {
        users.signIn(Role.ANNOTATOR);
        for (String invisible : new String[] {"\u200B", "\u00A0\u00A0", "\uFEFF\u2060", "\u3164"}) {
            assertThatThrownBy(() -> speakers.create(SpeakerFields.named(invisible, SpeakerKind.PERSON)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.getMessage()).contains("invisible characters");
                    });
        }
    }

    @Test
    void overlong_names_and_bad_links_are_refused_with_a_message() {
        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> speakers.create(SpeakerFields.named("n".repeat(500), SpeakerKind.PERSON)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("500").contains("200");
                });
        assertThatThrownBy(() -> speakers.create(SpeakerFields.named("  ", SpeakerKind.PERSON)))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> speakers.create(new SpeakerFields("X", List.of(), SpeakerKind.PERSON, null, null,
                "javascript:alert(1)"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("sameAs"));
    }

    @Test
    void merging_moves_the_claims_and_keeps_the_names_as_aliases() {
        users.signIn(Role.ANNOTATOR);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Article article = articles.create(new NewArticle("Merge " + tag, "Wire", null, null, null, "en",
                "Zuck said open source wins. " + tag));
        Speaker survivor = speakers.create(SpeakerFields.named("Mark Zuckerberg " + tag, SpeakerKind.PERSON));
        Speaker duplicate = speakers.create(new SpeakerFields("Zuck " + tag, List.of("M. Zuckerberg " + tag),
                SpeakerKind.PERSON, null, null, null));
        Claim claim = claims.create(new NewClaim(article.id(), 10, 26, "open source wins",
                new ClaimFields(duplicate.id(), Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, 50,
                        ClaimType.PREDICTION, List.of(), null)));

        users.signIn(Role.EDITOR);
        Speaker merged = speakers.merge(survivor.id(), duplicate.id());

        assertThat(merged.aliases()).contains("Zuck " + tag, "M. Zuckerberg " + tag);
        assertThat(speakers.find(duplicate.id())).isEmpty();
        assertThat(claims.find(claim.id()).orElseThrow().speaker().id()).isEqualTo(survivor.id());
        assertThat(speakers.claimCount(survivor.id())).isEqualTo(1);
        assertThat(speakers.search("zuck " + tag, 0, 5)).extracting(Speaker::id).containsExactly(survivor.id());
        assertThatThrownBy(() -> speakers.merge(survivor.id(), survivor.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void editing_from_a_stale_version_is_refused() {
        users.signIn(Role.EDITOR);
        Speaker speaker = speakers.create(SpeakerFields.named("Stale " + UUID.randomUUID(), SpeakerKind.ORGANISATION));
        speakers.update(speaker.id(), speaker.version(), SpeakerFields.named(speaker.name() + " Inc", SpeakerKind.ORGANISATION));
        assertThatThrownBy(() -> speakers.update(speaker.id(), speaker.version(),
                SpeakerFields.named("Other", SpeakerKind.ORGANISATION))).hasMessageContaining("changed this speaker");
    }
}
