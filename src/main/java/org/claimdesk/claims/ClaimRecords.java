package org.claimdesk.claims;

import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimdesk.articles.ArticleCard;
import org.claimdesk.articles.ArticleCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims in bulk, with their speakers and articles, for code inside Claimdesk that acts for nobody in particular:
 * the search index reads what it indexes here, exports read what their own (guarded) service allowed. Needs no
 * signed-in user and returns only what every signed-in user may read, so that such code never poses as a user.
 * Each call is a transaction of its own and reads a fixed number of statements per page (claims, their tags,
 * speakers and aliases, the page's articles).
 */
@Service
@PermitAll
public class ClaimRecords {

    /** The largest page {@link #after} returns. */
    public static final int MAX_PAGE = 2_000;

    private final ClaimRepository claims;
    private final ClaimRows rows;
    private final ArticleCards articles;

    ClaimRecords(ClaimRepository claims, ClaimRows rows, ArticleCards articles) {
        this.claims = claims;
        this.rows = rows;
        this.articles = articles;
    }

    /** Up to {@code limit} (at most {@link #MAX_PAGE}) claims with ids above {@code afterId}, in id order: keyset paging. */
    @Transactional(readOnly = true)
    public List<ClaimRecord> after(long afterId, int limit) {
        return withArticles(rows.after(afterId, Math.clamp(limit, 1, MAX_PAGE)));
    }

    /** Like {@link #after}, among the claims on one article. */
    @Transactional(readOnly = true)
    public List<ClaimRecord> afterInArticle(long articleId, long afterId, int limit) {
        return withArticles(rows.afterInArticle(articleId, afterId, Math.clamp(limit, 1, MAX_PAGE)));
    }

    /** Those of the claims {@code ids} that exist, in id order. */
    @Transactional(readOnly = true)
    public List<ClaimRecord> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withArticles(rows.byIds(ids));
    }

    /** The ids of the claims naming this speaker. */
    @Transactional(readOnly = true)
    public List<Long> idsOfSpeaker(long speakerId) {
        return claims.findIdsBySpeaker(speakerId);
    }

    /** The ids of the claims on this article, in id order. */
    @Transactional(readOnly = true)
    public List<Long> idsOfArticle(long articleId) {
        return claims.findIdsByArticle(articleId);
    }

    /** How many claims there are. */
    @Transactional(readOnly = true)
    public long count() {
        return claims.count();
    }

    private List<ClaimRecord> withArticles(List<Claim> page) {
        Map<Long, ArticleCard> cards = articles.byIds(page.stream().map(Claim::articleId).distinct().toList());
        return page.stream().map(c -> new ClaimRecord(c, cards.get(c.articleId()))).toList();
    }
}
