package org.claimdesk.claims;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends JpaRepository<StoredClaim, Long> {

    @Query("select c from StoredClaim c left join fetch c.speaker where c.articleId = :articleId"
            + " order by c.start, c.end, c.id")
    List<StoredClaim> findByArticle(@Param("articleId") long articleId);

    @Query("select c from StoredClaim c left join fetch c.speaker where c.id = :id")
    Optional<StoredClaim> findWithSpeaker(@Param("id") long id);

    @Query("select c.id from StoredClaim c where c.speaker.id = :speakerId")
    List<Long> findIdsBySpeaker(@Param("speakerId") long speakerId);

    @Query("select c.id from StoredClaim c where c.articleId = :articleId order by c.id")
    List<Long> findIdsByArticle(@Param("articleId") long articleId);

    @Query("select c from StoredClaim c where c.speaker.id = :speakerId")
    List<StoredClaim> findBySpeaker(@Param("speakerId") long speakerId);

    @Query("select count(c) from StoredClaim c where c.speaker.id = :speakerId")
    long countBySpeaker(@Param("speakerId") long speakerId);

    /** (id, article id) of the submitted claims others wrote, longest waiting first; read as far as needed. */
    @Query("select c.id, c.articleId from StoredClaim c where c.status = org.claimdesk.claims.ClaimStatus.SUBMITTED"
            + " and c.createdBy <> :notBy order by c.submittedAt, c.id")
    Stream<Object[]> streamSubmitted(@Param("notBy") String notBy);

    /** Rows of (article id, number of submitted claims others wrote) for the articles that have any. */
    @Query("select c.articleId, count(c) from StoredClaim c where c.status = org.claimdesk.claims.ClaimStatus.SUBMITTED"
            + " and c.createdBy <> :notBy group by c.articleId")
    List<Object[]> countSubmittedByArticle(@Param("notBy") String notBy);

    @Query("select c from StoredClaim c left join fetch c.speaker where c.id in :ids")
    List<StoredClaim> findWithSpeakers(@Param("ids") Collection<Long> ids);

    @Query("select c from StoredClaim c left join fetch c.speaker where c.createdBy = :author and c.status = :status"
            + " order by c.updatedAt desc, c.id desc")
    List<StoredClaim> findByAuthor(@Param("author") String author, @Param("status") ClaimStatus status, Limit limit);

    /** Rows of (status, number of claims) of the article. */
    @Query("select c.status, count(c) from StoredClaim c where c.articleId = :articleId group by c.status")
    List<Object[]> countByStatus(@Param("articleId") long articleId);

    /** Rows of (article id, status, number of claims) over every article that has claims. */
    @Query("select c.articleId, c.status, count(c) from StoredClaim c group by c.articleId, c.status")
    List<Object[]> countByArticleAndStatus();

    /** Rows of (speaker id, number of claims) for those of the speakers that have claims. */
    @Query("select c.speaker.id, count(c) from StoredClaim c where c.speaker.id in :speakerIds group by c.speaker.id")
    List<Object[]> countBySpeakers(@Param("speakerIds") Collection<Long> speakerIds);
}
