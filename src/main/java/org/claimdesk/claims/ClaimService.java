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
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting claims. Everybody signed in reads; annotators and up
 * create; a claim's author changes and deletes it while it is a draft; editors change any claim.
 * Anchors are always computed from the stored article text: a request whose quote does not match
 * its offsets is refused.
 */
@Service
public class ClaimService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ClaimRepository claims;
    private final SpeakerRepository speakers;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;

    ClaimService(ClaimRepository claims, SpeakerRepository speakers, ArticleService articles,
            ApplicationEventPublisher events) {
        this.claims = claims;
        this.speakers = speakers;
        this.articles = articles;
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
        return mayChange(claim.createdBy(), claim.status());
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
        events.publishEvent(new ClaimSaved(saved.id(), saved.articleId(), CurrentUser.requireUsername(), true));
        return saved.toClaim();
    }

    /**
     * Changes a claim's tags. {@code expectedVersion} is the version the user started from: when someone
     * else saved in between, nothing is written and a {@link ClaimConflictException} says so.
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public Claim update(long id, long expectedVersion, ClaimFields fields) {
        StoredClaim claim = current(id, expectedVersion);
        String user = CurrentUser.requireUsername();
        apply(claim, fields, user);
        try {
            claims.saveAndFlush(claim);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ClaimConflictException("Someone else saved this claim at the same moment. Reload it; "
                    + "your changes were not saved.");
        }
        events.publishEvent(new ClaimSaved(claim.id(), claim.articleId(), user, false));
        return claim.toClaim();
    }

    /** Deletes a claim, unless someone else changed it since {@code expectedVersion}. */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public void delete(long id, long expectedVersion) {
        StoredClaim claim = current(id, expectedVersion);
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
        if (!mayChange(claim.createdBy(), claim.status())) {
            throw new AccessDeniedException("Only the author changes a draft claim; editors change any claim.");
        }
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

    private static boolean mayChange(String author, ClaimStatus status) {
        if (CurrentUser.has(Role.EDITOR)) {
            return true;
        }
        return CurrentUser.has(Role.ANNOTATOR) && status == ClaimStatus.DRAFT
                && CurrentUser.username().map(author::equals).orElse(false);
    }
}
