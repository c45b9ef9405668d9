package org.claimdesk.claims;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** Rows of (speaker id, number of claims) for those of the speakers that have claims. */
    @Query("select c.speaker.id, count(c) from StoredClaim c where c.speaker.id in :speakerIds group by c.speaker.id")
    List<Object[]> countBySpeakers(@Param("speakerIds") Collection<Long> speakerIds);
}
