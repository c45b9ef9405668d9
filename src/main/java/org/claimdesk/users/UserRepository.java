package org.claimdesk.users;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.claimdesk.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    /** The enabled accounts with this role, locked until the transaction ends (serialises last-admin checks). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.role = :role and u.enabled = true")
    List<User> lockEnabled(@Param("role") Role role);

    /** Both spellings are folded and LIKE-escaped with backslash (see SearchKeys.likePatterns). */
    String MATCHES_FILTER = " where u.searchKey like concat('%', :spelling, '%') escape '\\'"
            + " or u.searchKey like concat('%', :otherSpelling, '%') escape '\\'";

    @Query("select u from User u" + MATCHES_FILTER)
    List<User> findMatching(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling,
            Pageable pageable);

    @Query("select count(u) from User u" + MATCHES_FILTER)
    long countMatching(@Param("spelling") String spelling, @Param("otherSpelling") String otherSpelling);
}
