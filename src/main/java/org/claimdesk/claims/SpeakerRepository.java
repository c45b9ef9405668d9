package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpeakerRepository extends JpaRepository<StoredSpeaker, Long> {

    /** Both spellings are already folded and LIKE-escaped with backslash; a speaker matching either is found. */
    String MATCHES_SPELLINGS = " where s.searchKey like concat('%', :spelling, '%') escape '\\'"
            + " or s.searchKey like concat('%', :otherSpelling, '%') escape '\\'";

    @Query("select s from StoredSpeaker s" + MATCHES_SPELLINGS)
    List<StoredSpeaker> search(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling,
            Pageable page);

    @Query("select count(s) from StoredSpeaker s" + MATCHES_SPELLINGS)
    long countMatching(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling);

    List<StoredSpeaker> findByNameIgnoreCase(String name);
}
