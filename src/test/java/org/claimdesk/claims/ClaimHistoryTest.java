package org.claimdesk.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimdeskTest
class ClaimHistoryTest {

    static final String BODY = "The lab said its model beats every rival. The company plans a release in May.";
    static final String QUOTE = "its model beats every rival";

    @Autowired ClaimService claims;
    @Autowired ClaimHistoryService history;
    @Autowired SpeakerService speakers;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    Article article;

    @BeforeEach
    void article() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("History " + UUID.randomUUID(), "Wire", null, null, null, "en",
                BODY + "\n" + UUID.randomUUID()));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static ClaimFields fields(Long speakerId, int confidence, String note) {
        return new ClaimFields(speakerId, Attribution.PARAPHRASE, SpeakerCertainty.ASSERTED, confidence,
                ClaimType.CAPABILITY, List.of("ai"), note);
    }

    Claim create(ClaimFields fields) {
        int start = BODY.indexOf(QUOTE);
        return claims.create(new NewClaim(article.id(), start, start + QUOTE.length(), QUOTE, fields));
    }

    @Test
    void creating_and_editing_are_recorded_field_by_field_with_who_and_when() {
        Claim claim = create(fields(null, 60, "First look"));
        users.signIn(Role.EDITOR);
        claims.update(claim.id(), claim.version(), fields(null, 30, null));

        List<ClaimChange> entries = history.history(claim.id());
        assertThat(entries).extracting(ClaimChange::kind).containsExactly(ClaimChangeKind.CREATED, ClaimChangeKind.EDITED);
        assertThat(entries.getFirst().by()).isEqualTo("annotator");
        assertThat(entries.getFirst().fields()).contains(new ClaimChange.FieldChange("Confidence", null, "60"),
                new ClaimChange.FieldChange("Status", null, "Draft"));
        ClaimChange edit = entries.get(1);
        assertThat(edit.by()).isEqualTo("editor");
        assertThat(edit.claimVersion()).isEqualTo(claim.version() + 1);
        assertThat(edit.fields()).containsExactly(new ClaimChange.FieldChange("Confidence", "60", "30"),
                new ClaimChange.FieldChange("Note", "First look", null));
    }

    @Test
    void a_deleted_claims_history_stays_and_editors_find_and_read_it() {
        Claim claim = create(fields(null, 60, null));
        claims.delete(claim.id(), claim.version());

        assertThatThrownBy(() -> history.history(claim.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(Role.EDITOR);
        assertThat(history.deletedOn(article.id())).singleElement().satisfies(deleted -> {
            assertThat(deleted.claimId()).isEqualTo(claim.id());
            assertThat(deleted.quote()).isEqualTo(QUOTE);
            assertThat(deleted.by()).isEqualTo("annotator");
        });
        assertThat(history.history(claim.id())).extracting(ClaimChange::kind)
                .containsExactly(ClaimChangeKind.CREATED, ClaimChangeKind.DELETED);
    }

    @Test
    void an_editor_restores_an_earlier_version_and_the_restore_is_a_new_entry() {
        Speaker speaker = speakers.create(SpeakerFields.named("Restorable " + UUID.randomUUID(), SpeakerKind.PERSON));
        Claim claim = create(fields(speaker.id(), 60, "Original note"));
        Claim edited = claims.update(claim.id(), claim.version(), fields(null, 20, "Careless edit"));
        long original = history.history(claim.id()).getFirst().id();

        users.signIn(Role.ANNOTATOR);
        assertThatThrownBy(() -> claims.restore(claim.id(), edited.version(), original))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(Role.EDITOR);
        assertThatThrownBy(() -> claims.restore(claim.id(), claim.version(), original))
                .isInstanceOf(ClaimConflictException.class);
        Claim restored = claims.restore(claim.id(), edited.version(), original);

        assertThat(restored.confidence()).isEqualTo(60);
        assertThat(restored.note()).isEqualTo("Original note");
        assertThat(restored.speaker().id()).isEqualTo(speaker.id());
        List<ClaimChange> entries = history.history(claim.id());
        assertThat(entries).extracting(ClaimChange::kind).containsExactly(ClaimChangeKind.CREATED,
                ClaimChangeKind.EDITED, ClaimChangeKind.RESTORED);
        assertThat(entries.getLast().by()).isEqualTo("editor");
        assertThat(entries.getLast().reason()).startsWith("Back to version 1 of");
        assertThat(entries.getLast().fields()).contains(new ClaimChange.FieldChange("Confidence", "20", "60"));
        assertThatThrownBy(() -> claims.restore(claim.id(), restored.version(), Long.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void merging_speakers_is_recorded_on_every_claim_it_moves() {
        users.signIn(Role.EDITOR);
        Speaker keep = speakers.create(SpeakerFields.named("Keep " + UUID.randomUUID(), SpeakerKind.PERSON));
        Speaker duplicate = speakers.create(SpeakerFields.named("Duplicate " + UUID.randomUUID(), SpeakerKind.PERSON));
        Claim claim = create(fields(duplicate.id(), 50, null));
        speakers.merge(keep.id(), duplicate.id());

        ClaimChange merge = history.history(claim.id()).getLast();
        assertThat(merge.kind()).isEqualTo(ClaimChangeKind.EDITED);
        assertThat(merge.reason()).contains("merged into");
        assertThat(merge.fields()).containsExactly(new ClaimChange.FieldChange("Speaker", duplicate.name(), keep.name()));
    }

    @Test
    void the_history_only_grows_through_a_claims_whole_life() {
        Claim claim = create(fields(null, 60, null));
        int before = count();
        Claim edited = claims.update(claim.id(), claim.version(), fields(null, 61, null));
        int afterEdit = count();
        claims.delete(edited.id(), edited.version());
        assertThat(afterEdit).isGreaterThan(before);
        assertThat(count()).isGreaterThan(afterEdit);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from claim_change", Integer.class)
                + jdbc.queryForObject("select count(*) from claim_change_field", Integer.class);
    }

    /** Append-only is a property of the code: no statement anywhere in Claimdesk changes or removes an entry. */
    @Test
    void no_code_updates_or_deletes_the_history() throws IOException {
        Pattern forbidden = Pattern.compile("(?i)\\b(update|delete\\s+from|delete|merge\\s+into|truncate(\\s+table)?"
                + "|drop\\s+table|alter\\s+table)\\s+claim_change");
        Pattern mapped = Pattern.compile("(?i)@Table\\s*\\(\\s*name\\s*=\\s*\"claim_change");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db/migration")))) {
            List<Path> offenders = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = Files.readString(file);
                    return forbidden.matcher(text).find() || mapped.matcher(text).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).as("files that change or remove history entries").isEmpty();
        }
        String writer = Files.readString(Path.of("src/main/java/org/claimdesk/claims/ClaimHistory.java"));
        assertThat(Pattern.compile("(?i)\"\\s*insert into claim_change").matcher(writer).find()).isTrue();
    }
}
