package org.claimdesk.claims;

import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting claims. Everybody signed in reads; annotators and up
 * create; who changes and deletes a claim in which state is decided by {@link ClaimRules} (its author while it is
 * a draft or has changes requested; editors always). Moves through review are {@link ClaimTransitions}.
 * Anchors are always computed from the stored article text: a request whose quote does not match
 * its offsets is refused.
 */
@Service
public class ClaimService {

    private static final DateTimeFormatter RESTORED_FROM = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ClaimRepository claims;
    private final SpeakerRepository speakers;
    private final ArticleService articles;
    private final ClaimHistory history;
    private final ClaimChanges changes;
    private final ApplicationEventPublisher events;

    ClaimService(ClaimRepository claims, SpeakerRepository speakers, ArticleService articles, ClaimHistory history,
            ClaimChanges changes, ApplicationEventPublisher events) {
        this.claims = claims;
        this.speakers = speakers;
        this.articles = articles;
        this.history = history;
        this.changes = changes;
        this.events = events;
    }

    /** The claims of an article, in text order. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<Claim> forArticle(long articleId) {
        return claims.findByArticle(articleId).stream().map(StoredClaim::toClaim).toList();
    }

    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Optional<Claim> find(long id) {
        return claims.findWithSpeaker(id).map(StoredClaim::toClaim);
    }

    /** Whether the signed-in user may change or delete this claim (what the buttons show; the service decides again). */
    @RolesAllowed(Roles.VIEWER)
    public boolean mayChange(Claim claim) {
        return ClaimRules.mayEdit(claim.createdBy(), claim.status());
    }

    /**
     * Records a claim on the passage {@code [start, end)} (code points) of the article.
     *
     * @throws InvalidInputException when the selection is outside the text, empty, only whitespace, or its
     *         quote differs from the stored text; or when a field is out of range
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public Claim create(NewClaim request) {
        return create(request, CurrentUser.requireUsername());
    }

    /**
     * Records a claim that an import brings, in the name of the annotator who made it ({@code author}); checked
     * like {@link #create}.
     */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Claim importClaim(NewClaim request, String author) {
        return create(request, author);
    }

    private Claim create(NewClaim request, String author) {
        Article article = articles.find(request.articleId())
                .orElseThrow(() -> new InvalidInputException("This article no longer exists."));
        TextAnchor anchor = TextAnchor.locate(article.body(), request.start(), request.end(), request.quote());
        StoredClaim claim = new StoredClaim(article.id(), anchor, author);
        apply(claim, request.fields(), author);
        StoredClaim saved = claims.saveAndFlush(claim);
        Claim created = saved.toClaim();
        String user = CurrentUser.requireUsername();
        history.record(ClaimChangeKind.CREATED, null, created, user, null,
                author.equals(user) ? null : "Imported, annotated by " + author);
        events.publishEvent(new ClaimSaved(saved.id(), saved.articleId(), user, true));
        return created;
    }

    /**
     * Changes a claim's tags. {@code expectedVersion} is the version the user started from: when someone
     * else saved in between, nothing is written and a {@link ClaimConflictException} says so.
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public Claim update(long id, long expectedVersion, ClaimFields fields) {
        return change(id, expectedVersion, fields, ClaimChangeKind.EDITED, null);
    }

    /**
     * An editor sets the claim's fields back to what entry {@code changeId} of its history left them; the restore is
     * itself a new entry. The review state follows the usual rule for an editor's change.
     */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Claim restore(long id, long expectedVersion, long changeId) {
        ClaimChanges.Version version = changes.version(id, changeId)
                .orElseThrow(() -> new InvalidInputException("That version is not in this claim's history."));
        return change(id, expectedVersion, version.snapshot().fields(), ClaimChangeKind.RESTORED,
                "Back to version %d of %s".formatted(version.number() + 1, RESTORED_FROM.format(version.at())));
    }

    private Claim change(long id, long expectedVersion, ClaimFields fields, ClaimChangeKind kind,
            @Nullable String reason) {
        StoredClaim claim = current(id, expectedVersion);
        Claim before = claim.toClaim();
        String user = CurrentUser.requireUsername();
        apply(claim, fields, user);
        try {
            claims.saveAndFlush(claim);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ClaimConflictException("Someone else saved this claim at the same moment. Reload it; "
                    + "your changes were not saved.");
        }
        Claim after = claim.toClaim();
        history.record(kind, before, after, user, null, reason);
        events.publishEvent(new ClaimSaved(claim.id(), claim.articleId(), user, false));
        return after;
    }

    /** Deletes a claim, unless someone else changed it since {@code expectedVersion}. */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public void delete(long id, long expectedVersion) {
        StoredClaim claim = current(id, expectedVersion);
        history.deleted(claim.toClaim(), CurrentUser.requireUsername());
        claims.delete(claim);
        try {
            claims.flush();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ClaimConflictException("Someone else saved this claim at the same moment; it was not deleted.");
        }
        events.publishEvent(new ClaimDeleted(id, claim.articleId(), CurrentUser.requireUsername()));
    }

    private StoredClaim current(long id, long expectedVersion) {
        StoredClaim claim = claims.findWithSpeaker(id)
                .orElseThrow(() -> new ClaimConflictException("This claim was deleted by someone else."));
        ClaimRules.editRefusal(claim.createdBy(), claim.status()).ifPresent(refusal -> {
            throw new AccessDeniedException(refusal);
        });
        if (claim.version() != expectedVersion) {
            Claim now = claim.toClaim();
            throw new ClaimConflictException("%s changed this claim at %s, after you opened it. Reload it to see "
                    .formatted(now.updatedBy(), TIME.format(now.updatedAt()))
                    + "their version; your changes were not saved.");
        }
        return claim;
    }

    private void apply(StoredClaim claim, ClaimFields fields, String user) {
        FieldRules.confidence(fields.confidence());
        List<String> tags = FieldRules.tags(fields.tags());
        String note = FieldRules.note(fields.note());
        claim.apply(fields, speaker(fields.speakerId()), tags, note, user);
    }

    private @Nullable StoredSpeaker speaker(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return speakers.findById(id)
                .orElseThrow(() -> new InvalidInputException("speaker", "That speaker no longer exists; choose another."));
    }
}
