package org.claimdesk.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FailedSignInsRepository extends JpaRepository<FailedSignIns, String> {

    /** The row of this username, locked until the transaction ends (counts from several nodes add up). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FailedSignIns f where f.username = :username")
    Optional<FailedSignIns> lock(@Param("username") String username);

    @Query("select f from FailedSignIns f where f.username in :usernames and f.lockedUntil > :now")
    List<FailedSignIns> findLocked(@Param("usernames") Collection<String> usernames, @Param("now") Instant now);

    @Modifying
    @Query("delete from FailedSignIns f where f.firstFailureAt < :countedSince "
            + "and (f.lockedUntil is null or f.lockedUntil < :now)")
    int deleteStale(@Param("countedSince") Instant countedSince, @Param("now") Instant now);
}
