package org.claimdesk.articles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<StoredArticle, Long> {

    Optional<StoredArticle> findByContentHash(String contentHash);

    Optional<StoredArticle> findByMatchHash(String matchHash);

    /** Both spellings are folded and LIKE-escaped with backslash (see SearchKeys.likePatterns). */
    String MATCHES_FILTER = " where (a.searchKey like concat('%', :spelling, '%') escape '\\'"
            + " or a.searchKey like concat('%', :otherSpelling, '%') escape '\\')";

    /** Lists never load bodies (up to 1 MB each): only the columns of {@link ArticleSummary}. */
    String SUMMARY = "select new org.claimdesk.articles.ArticleSummary(a.id, a.title, a.outlet, a.publishedOn,"
            + " a.language, a.createdBy, a.createdAt) from StoredArticle a";

    @Query("select new org.claimdesk.articles.ArticleCard(a.id, a.title, a.outlet, a.url, a.publishedOn, a.language,"
            + " a.contentHash)"
            + " from StoredArticle a where a.id in :ids")
    List<ArticleCard> findCards(@Param("ids") java.util.Collection<Long> ids);

    @Query(SUMMARY + MATCHES_FILTER)
    List<ArticleSummary> findMatching(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling,
            Pageable page);

    @Query(SUMMARY + " where a.contentHash = :hash")
    Optional<ArticleSummary> findSummaryByContentHash(@Param("hash") String contentHash);

    @Query("select count(a) from StoredArticle a" + MATCHES_FILTER)
    long countMatching(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling);

    @Query(SUMMARY + MATCHES_FILTER + " and a.id in :ids")
    List<ArticleSummary> findMatchingIn(@Param("spelling") String spelling,
            @Param("otherSpelling") String otherSpelling, @Param("ids") java.util.Collection<Long> ids, Pageable page);

    @Query("select count(a) from StoredArticle a" + MATCHES_FILTER + " and a.id in :ids")
    long countMatchingIn(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling,
            @Param("ids") java.util.Collection<Long> ids);

    @Query(SUMMARY + MATCHES_FILTER + " and a.id not in :ids")
    List<ArticleSummary> findMatchingNotIn(@Param("spelling") String spelling,
            @Param("otherSpelling") String otherSpelling, @Param("ids") java.util.Collection<Long> ids, Pageable page);

    @Query("select count(a) from StoredArticle a" + MATCHES_FILTER + " and a.id not in :ids")
    long countMatchingNotIn(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling,
            @Param("ids") java.util.Collection<Long> ids);
}
