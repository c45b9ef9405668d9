package org.claimdesk.review;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimTransition;
import org.claimdesk.claims.ClaimTransitions;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow. Each move names the claim's version the user saw; a move on a claim that changed or was
 * decided on since is refused with a {@link ClaimConflictException} that says what happened ("Already approved by
 * rey a moment ago"), and a move the user may never make with an {@link AccessDeniedException}. Nobody decides on
 * their own claim, admins included.
 */
@Service
public class ReviewService {

    private final ClaimTransitions transitions;
    private final ClaimService claims;
    private final ApplicationEventPublisher events;

    ReviewService(ClaimTransitions transitions, ClaimService claims, ApplicationEventPublisher events) {
        this.transitions = transitions;
        this.claims = claims;
        this.events = events;
    }

    /** The moves the signed-in user may make on the claim as it is: which review buttons to show. */
    @RolesAllowed(Roles.VIEWER)
    public Set<ClaimTransition> allowed(Claim claim) {
        Set<ClaimTransition> allowed = EnumSet.noneOf(ClaimTransition.class);
        for (ClaimTransition t : ClaimTransition.values()) {
            if (transitions.mayMove(claim, t)) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    /** The author hands a draft, or a claim with changes requested, to the reviewers. */
    @RolesAllowed(Roles.ANNOTATOR)
    public Claim submit(long claimId, long expectedVersion) {
        return move(claimId, expectedVersion, ClaimTransition.SUBMIT, null, null);
    }

    /**
     * Submits every draft of the signed-in user on the article, all or none.
     *
     * @return the claims submitted, as they are now
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public List<Claim> submitAllDrafts(long articleId) {
        String me = CurrentUser.requireUsername();
        List<Claim> drafts = claims.forArticle(articleId).stream()
                .filter(c -> c.status() == ClaimStatus.DRAFT && c.createdBy().equals(me)).toList();
        List<Claim> submitted = new ArrayList<>();
        for (Claim draft : drafts) {
            submitted.add(transitions.move(draft.id(), draft.version(), ClaimTransition.SUBMIT, null, null));
        }
        drafts.forEach(d -> events.publishEvent(new ClaimReviewed(d.id(), d.articleId(), ClaimTransition.SUBMIT, me)));
        return submitted;
    }

    /** The author takes back a submitted claim that nobody has decided on yet; it is a draft again. */
    @RolesAllowed(Roles.ANNOTATOR)
    public Claim withdraw(long claimId, long expectedVersion) {
        return move(claimId, expectedVersion, ClaimTransition.WITHDRAW, null, null);
    }

    /** A reviewer other than the author approves a submitted claim. */
    @RolesAllowed(Roles.REVIEWER)
    public Claim approve(long claimId, long expectedVersion) {
        return move(claimId, expectedVersion, ClaimTransition.APPROVE, null, null);
    }

    /** A reviewer other than the author rejects a submitted claim, with a reason code and a comment. */
    @RolesAllowed(Roles.REVIEWER)
    public Claim reject(long claimId, long expectedVersion, ReviewReason reason, String comment) {
        return move(claimId, expectedVersion, ClaimTransition.REJECT, reason, comment);
    }

    /** A reviewer other than the author sends a submitted claim back to its author, with a reason code and a comment. */
    @RolesAllowed(Roles.REVIEWER)
    public Claim requestChanges(long claimId, long expectedVersion, ReviewReason reason, String comment) {
        return move(claimId, expectedVersion, ClaimTransition.REQUEST_CHANGES, reason, comment);
    }

    /** An editor sends an approved or rejected claim back to review; the comment says why. */
    @RolesAllowed(Roles.EDITOR)
    public Claim reopen(long claimId, long expectedVersion, String comment) {
        return move(claimId, expectedVersion, ClaimTransition.REOPEN, null, comment);
    }

    private Claim move(long claimId, long expectedVersion, ClaimTransition transition, @Nullable ReviewReason reason,
            @Nullable String comment) {
        Claim moved = transitions.move(claimId, expectedVersion, transition, reason, comment);
        events.publishEvent(new ClaimReviewed(moved.id(), moved.articleId(), transition, CurrentUser.requireUsername()));
        return moved;
    }
}
