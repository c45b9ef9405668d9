package org.claimdesk.claims;

import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.NewArticle;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every public method of the claim and speaker services, for every role and for nobody signed in. */
@ClaimdeskTest
class ClaimServiceSecurityTest {

    @Autowired ClaimService claims;
    @Autowired SpeakerService speakers;
    @Autowired ClaimHistoryService history;
    @Autowired ClaimLists lists;
    @Autowired ArticleService articles;
    @Autowired TestUsers users;

    Article article;

    @BeforeEach
    void article() {
        users.signIn(Role.ANNOTATOR);
        article = articles.create(new NewArticle("Sec " + UUID.randomUUID(), "Wire", null, null, null, "en",
                "Guarded text here. " + UUID.randomUUID()));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    NewClaim newClaim() {
        return new NewClaim(article.id(), 0, 7, "Guarded", new ClaimFields(null, Attribution.UNATTRIBUTED,
                SpeakerCertainty.ASSERTED, 50, ClaimType.OTHER, List.of(), null));
    }

    /** A claim of the user's own, so that only the role decides. */
    Claim ownClaim(Role role) {
        Role author = role.includes(Role.ANNOTATOR) ? role : Role.EDITOR;
        users.signIn(author);
        Claim claim = claims.create(newClaim());
        users.signIn(role);
        return claim;
    }

    Speaker speaker() {
        users.signIn(Role.EDITOR);
        return speakers.create(SpeakerFields.named("Guarded " + UUID.randomUUID(), SpeakerKind.PERSON));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void claim_service_by_role(Role role) {
        Claim claim = ownClaim(role);
        SecurityMatrix.expect(role, Role.VIEWER, () -> claims.forArticle(article.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> claims.find(claim.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> claims.mayChange(claim));
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> claims.create(newClaim()));
        SecurityMatrix.expect(role, Role.EDITOR, () -> claims.importClaim(newClaim(), "someone"));
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> claims.update(claim.id(), claim.version(), newClaim().fields()));
        Claim latest = claims.find(claim.id()).orElse(claim);
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> claims.delete(latest.id(), latest.version()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void claim_history_by_role(Role role) {
        Claim claim = ownClaim(role);
        users.signIn(Role.EDITOR);
        long created = history.history(claim.id()).getFirst().id();
        users.signIn(role);
        SecurityMatrix.expect(role, Role.VIEWER, () -> history.history(claim.id()));
        SecurityMatrix.expect(role, Role.EDITOR, () -> history.deletedOn(article.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> lists.awaitingReview(List.of(article.id()), 5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> lists.countAwaitingReview(List.of(article.id())));
        SecurityMatrix.expect(role, Role.VIEWER, () -> lists.mine(ClaimStatus.DRAFT, 5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> lists.statusCounts(article.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> lists.statusCountsByArticle());
        SecurityMatrix.expect(role, Role.EDITOR, () -> claims.restore(claim.id(), claim.version(), created));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void speaker_service_by_role(Role role) {
        Speaker keep = speaker();
        Speaker duplicate = speaker();
        users.signIn(role);
        SecurityMatrix.expect(role, Role.VIEWER, () -> speakers.search("guarded", 0, 5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> speakers.count("guarded"));
        SecurityMatrix.expect(role, Role.VIEWER, () -> speakers.find(keep.id()));
        SecurityMatrix.expect(role, Role.VIEWER, () -> speakers.claimCount(keep.id()));
        SecurityMatrix.expect(role, Role.ANNOTATOR, () -> speakers.create(SpeakerFields.named("New " + UUID.randomUUID(), SpeakerKind.PERSON)));
        SecurityMatrix.expect(role, Role.EDITOR, () -> speakers.update(keep.id(), keep.version(),
                SpeakerFields.named(keep.name() + " (edited)", SpeakerKind.PERSON)));
        SecurityMatrix.expect(role, Role.EDITOR, () -> speakers.merge(keep.id(), duplicate.id()));
    }

    @Test
    void nobody_signed_in_reads_or_writes_claims_or_speakers() {
        Claim claim = ownClaim(Role.ANNOTATOR);
        TestUsers.signOut();
        SecurityMatrix.expectSignInRequired(() -> claims.forArticle(article.id()));
        SecurityMatrix.expectSignInRequired(() -> lists.statusCountsByArticle());
        SecurityMatrix.expectSignInRequired(() -> lists.mine(ClaimStatus.DRAFT, 5));
        SecurityMatrix.expectSignInRequired(() -> claims.find(claim.id()));
        SecurityMatrix.expectSignInRequired(() -> claims.mayChange(claim));
        SecurityMatrix.expectSignInRequired(() -> claims.create(newClaim()));
        SecurityMatrix.expectSignInRequired(() -> claims.importClaim(newClaim(), "someone"));
        SecurityMatrix.expectSignInRequired(() -> claims.update(claim.id(), claim.version(), newClaim().fields()));
        SecurityMatrix.expectSignInRequired(() -> claims.delete(claim.id(), claim.version()));
        SecurityMatrix.expectSignInRequired(() -> claims.restore(claim.id(), claim.version(), 1L));
        SecurityMatrix.expectSignInRequired(() -> history.history(claim.id()));
        SecurityMatrix.expectSignInRequired(() -> history.deletedOn(article.id()));
        SecurityMatrix.expectSignInRequired(() -> speakers.search("x", 0, 5));
        SecurityMatrix.expectSignInRequired(() -> speakers.count("x"));
        SecurityMatrix.expectSignInRequired(() -> speakers.find(1L));
        SecurityMatrix.expectSignInRequired(() -> speakers.claimCount(1L));
        SecurityMatrix.expectSignInRequired(() -> speakers.create(SpeakerFields.named("X", SpeakerKind.PERSON)));
        SecurityMatrix.expectSignInRequired(() -> speakers.update(1L, 0, SpeakerFields.named("X", SpeakerKind.PERSON)));
        SecurityMatrix.expectSignInRequired(() -> speakers.merge(1L, 2L));
    }
}
