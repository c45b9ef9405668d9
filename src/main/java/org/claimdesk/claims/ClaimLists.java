package org.claimdesk.claims;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims across articles by review state: what review queues and "my work" list. Everybody signed in reads. */
@Service
public class ClaimLists {

    private final ClaimRepository claims;

    ClaimLists(ClaimRepository claims) {
        this.claims = claims;
    }

    /**
     * Submitted claims on the articles that someone other than the signed-in user wrote, longest waiting first.
     * Walks the ids of all submitted claims in queue order (index ix_claim_status_submitted) until it has
     * {@code limit} on these articles, then reads those claims: no list of article ids goes into the SQL.
     */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<Claim> awaitingReview(Collection<Long> articleIds, int limit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Set<Long> articles = new HashSet<>(articleIds);
        List<Long> ids;
        try (Stream<Object[]> submitted = claims.streamSubmitted(CurrentUser.requireUsername())) {
            ids = submitted.filter(row -> articles.contains((Long) row[1])).limit(Math.clamp(limit, 1, 500))
                    .map(row -> (Long) row[0]).toList();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> found = new HashMap<>();
        claims.findWithSpeakers(ids).forEach(c -> found.put(c.id(), c.toClaim()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** How many claims {@link #awaitingReview} would list without a limit. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public long countAwaitingReview(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return 0;
        }
        Set<Long> articles = new HashSet<>(articleIds);
        return claims.countSubmittedByArticle(CurrentUser.requireUsername()).stream()
                .filter(row -> articles.contains((Long) row[0])).mapToLong(row -> (Long) row[1]).sum();
    }

    /** The signed-in user's claims in that state, last changed first. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<Claim> mine(ClaimStatus status, int limit) {
        return claims.findByAuthor(CurrentUser.requireUsername(), status, Limit.of(Math.clamp(limit, 1, 500)))
                .stream().map(StoredClaim::toClaim).toList();
    }

    /** How many claims the article has in each state (states without claims are left out). */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Map<ClaimStatus, Long> statusCounts(long articleId) {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (Object[] row : claims.countByStatus(articleId)) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** For every article that has claims: how many it has in each state (one grouped query). */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Map<Long, Map<ClaimStatus, Long>> statusCountsByArticle() {
        Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
        for (Object[] row : claims.countByArticleAndStatus()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ClaimStatus.class))
                    .put((ClaimStatus) row[1], (Long) row[2]);
        }
        return counts;
    }
}
