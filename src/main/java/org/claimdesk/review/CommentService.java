package org.claimdesk.review;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.TextRules;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each claim's comment thread, where reviewer and annotator talk about it. Everybody signed in reads; annotators and
 * up write. Text stays text.
 */
@Service
public class CommentService {

    static final int MAX_COMMENT = 2000;

    private final ReviewComments comments;
    private final ClaimService claims;
    private final ApplicationEventPublisher events;

    CommentService(ReviewComments comments, ClaimService claims, ApplicationEventPublisher events) {
        this.comments = comments;
        this.claims = claims;
        this.events = events;
    }

    /** The claim's comments, oldest first. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<ReviewComment> thread(long claimId) {
        return comments.of(claimId);
    }

    /**
     * Adds a comment to the claim's thread.
     *
     * @throws InvalidInputException when the text is empty or longer than 2,000 characters, or the claim is gone
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public ReviewComment post(long claimId, String text) {
        String body = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (!TextRules.hasVisibleText(body)) {
            throw new InvalidInputException("comment", "Write something first.");
        }
        if (TextRules.length(body) > MAX_COMMENT) {
            throw new InvalidInputException("comment", "The comment has %,d characters; at most %,d are allowed."
                    .formatted(TextRules.length(body), MAX_COMMENT));
        }
        Claim claim = claims.find(claimId)
                .orElseThrow(() -> new InvalidInputException("This claim was deleted by someone else."));
        String me = CurrentUser.requireUsername();
        ReviewComment posted = comments.add(claimId, claim.articleId(), me, body);
        events.publishEvent(new CommentPosted(posted.id(), claimId, claim.articleId(), me));
        return posted;
    }
}
