package org.claimdesk.claims;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of claims: every change (created, edited, moved through review, restored, deleted), who made it,
 * when and why. Everybody signed in reads the history of a claim that exists; the history of a deleted claim, and
 * the list of deleted claims, are for editors. Restoring an earlier version is {@link ClaimService#restore}.
 */
@Service
public class ClaimHistoryService {

    private final ClaimChanges changes;
    private final ClaimRepository claims;

    ClaimHistoryService(ClaimChanges changes, ClaimRepository claims) {
        this.changes = changes;
        this.claims = claims;
    }

    /** The claim's history, oldest first. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<ClaimChange> history(long claimId) {
        if (!claims.existsById(claimId) && !CurrentUser.has(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors read the history of a deleted claim.");
        }
        return changes.of(claimId);
    }

    /** The claims deleted from the article, each as its deletion entry, latest first. */
    @RolesAllowed(Roles.EDITOR)
    @Transactional(readOnly = true)
    public List<ClaimChange> deletedOn(long articleId) {
        return changes.deletedOn(articleId);
    }
}
