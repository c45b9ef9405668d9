package org.claimdesk.claims;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves claims through review: the status write under the review feature's API. Who may make which move is
 * decided by {@link ClaimRules}. A move names the version the user saw: when two people decide on one claim at
 * once, one decision is stored and the other is refused with what happened instead ("Already approved by rey a
 * moment ago"), read after the winner committed. Every move publishes {@link ClaimSaved}, so open readers and
 * the search index follow.
 */
@Service
public class ClaimTransitions {

    static final int MAX_COMMENT = 4000;

    private final ClaimRepository claims;
    private final ClaimRows rows;
    private final ClaimHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ClaimTransitions(ClaimRepository claims, ClaimRows rows, ClaimHistory history, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.claims = claims;
        this.rows = rows;
        this.history = history;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether the signed-in user may make this move on the claim as it is (what the buttons show). */
    @RolesAllowed(Roles.VIEWER)
    public boolean mayMove(Claim claim, ClaimTransition transition) {
        return ClaimRules.mayMove(transition, claim.createdBy(), claim.status());
    }

    /**
     * Makes the move on claim {@code id}, which the user saw at {@code expectedVersion}. Reject and request changes
     * need a reason code and a comment, reopen a comment; other moves ignore both.
     *
     * @throws AccessDeniedException when the signed-in user may never make this move on this claim
     * @throws ClaimConflictException when the claim is no longer in a state the move starts from, or changed since
     * @throws InvalidInputException when the reason or comment is missing or too long
     */
    @RolesAllowed(Roles.ANNOTATOR)
    public Claim move(long id, long expectedVersion, ClaimTransition transition, @Nullable ReviewReason reason,
            @Nullable String comment) {
        ReviewReason code = transition.needsReasonCode() || transition == ClaimTransition.REOPEN ? reason : null;
        if (transition.needsReasonCode() && code == null) {
            throw new InvalidInputException("reason", "Choose a reason.");
        }
        String text = transition.needsComment() ? comment(comment) : null;
        String user = CurrentUser.requireUsername();
        try {
            return transactions.execute(tx -> attempt(id, expectedVersion, transition, code, text, user));
        } catch (ConcurrencyFailureException raced) {
            // Someone else's move on this claim committed first: tell what it was, as it is now.
            Claim now = transactions.execute(tx -> rows.byIds(List.of(id)).stream().findFirst().orElse(null));
            throw new ClaimConflictException(ReviewMessages.notPossible(now, transition));
        }
    }

    private Claim attempt(long id, long expectedVersion, ClaimTransition transition, @Nullable ReviewReason reason,
            @Nullable String comment, String user) {
        StoredClaim claim = claims.findWithSpeaker(id)
                .orElseThrow(() -> new ClaimConflictException("This claim was deleted by someone else."));
        ClaimRules.moveRefusal(transition, claim.createdBy()).ifPresent(refusal -> {
            throw new AccessDeniedException(refusal);
        });
        if (!transition.startsFrom(claim.status())) {
            throw new ClaimConflictException(ReviewMessages.notPossible(claim.toClaim(), transition));
        }
        if (claim.version() != expectedVersion) {
            throw new ClaimConflictException(ReviewMessages.changedSince(claim.toClaim(), transition));
        }
        Claim before = claim.toClaim();
        claim.move(transition, user, reason, comment);
        claims.saveAndFlush(claim);
        Claim after = claim.toClaim();
        history.record(ClaimChangeKind.of(transition), before, after, user, reason, comment);
        events.publishEvent(new ClaimSaved(id, claim.articleId(), user, false));
        return after;
    }

    private static String comment(@Nullable String value) {
        String v = value == null ? "" : value.strip().replace("\r\n", "\n");
        if (!TextRules.hasVisibleText(v)) {
            throw new InvalidInputException("comment", "Say why in a comment.");
        }
        if (TextRules.length(v) > MAX_COMMENT) {
            throw new InvalidInputException("comment", "The comment has %,d characters; at most %,d are allowed."
                    .formatted(TextRules.length(v), MAX_COMMENT));
        }
        return v;
    }
}
