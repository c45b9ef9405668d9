package org.claimdesk.claims;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpeakerRepository extends JpaRepository<StoredSpeaker, Long> {

    /** {@code folded} is already folded and LIKE-escaped with backslash. */
    @Query("select s from StoredSpeaker s where s.searchKey like concat('%', :folded, '%') escape '\\'")
    List<StoredSpeaker> search(@Param("folded") String folded, Pageable page);

    @Query("select count(s) from StoredSpeaker s where s.searchKey like concat('%', :folded, '%') escape '\\'")
    long countMatching(@Param("folded") String folded);

    List<StoredSpeaker> findByNameIgnoreCase(String name);
}
