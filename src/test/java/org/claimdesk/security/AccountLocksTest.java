package org.claimdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Account locks on the real database, with the default limits: 5 failures within 15 minutes lock for 15 minutes. */
@ClaimdeskTest
class AccountLocksTest {

    @Autowired AccountLocks locks;
    @Autowired FailedSignInsRepository rows;

    final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    static String someName() {
        return "guess-" + UUID.randomUUID().toString().substring(0, 8);
    }

    void fail(String name, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            locks.recordFailure(name, at);
        }
    }

    @Test
    void the_fifth_failure_locks_the_username_for_fifteen_minutes() {
        String name = someName();
        fail(name, 4, t0);
        assertThat(locks.isLocked(name, t0)).isFalse();

        assertThat(locks.recordFailure(name, t0)).isTrue();

        assertThat(locks.isLocked(name, t0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locks.isLocked(name, t0.plus(Duration.ofMinutes(15)).plusSeconds(1))).isFalse();
    }

    @Test
    void a_username_without_an_account_is_counted_and_locked_like_any_other() {
        String nobody = "no-such-account-" + UUID.randomUUID();
        fail(nobody, 5, t0);
        assertThat(locks.isLocked(nobody, t0)).isTrue();
        assertThat(locks.isLocked("viewer", t0)).isFalse();
    }

    @Test
    void failures_spread_wider_than_the_window_start_a_new_count() {
        String name = someName();
        fail(name, 4, t0);
        fail(name, 4, t0.plus(Duration.ofMinutes(16)));
        assertThat(locks.isLocked(name, t0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void after_a_lock_ends_the_count_starts_again_from_zero() {
        String name = someName();
        fail(name, 5, t0);
        Instant later = t0.plus(Duration.ofMinutes(16));
        assertThat(locks.recordFailure(name, later)).isFalse();
        assertThat(locks.isLocked(name, later)).isFalse();
    }

    @Test
    void clearing_a_username_unlocks_it_and_forgets_its_failures() {
        String name = someName();
        fail(name, 5, t0);
        locks.clear(name);
        assertThat(locks.isLocked(name, t0)).isFalse();
        assertThat(rows.findById(name)).isEmpty();
        fail(name, 4, t0);
        assertThat(locks.isLocked(name, t0)).isFalse();
    }

    @Test
    void only_locked_usernames_are_listed_with_the_end_of_their_lock() {
        String locked = someName();
        String counting = someName();
        fail(locked, 5, t0);
        fail(counting, 2, t0);
        assertThat(locks.lockedUntil(List.of(locked, counting, "viewer"), t0))
                .containsOnlyKeys(locked)
                .containsValue(t0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void names_longer_than_any_username_are_counted_under_their_first_64_characters() {
        String prefix = "😀".repeat(AccountLocks.MAX_KEY_LENGTH);
        fail(prefix + "a", 3, t0);
        fail(prefix + "b", 2, t0);
        assertThat(locks.isLocked(prefix + "c", t0)).isTrue();
    }

    @Test
    void stale_rows_are_removed_as_new_failures_come_in() {
        String old = someName();
        locks.recordFailure(old, t0.minus(Duration.ofHours(2)));
        locks.recordFailure(someName(), t0);
        assertThat(rows.findById(old)).isEmpty();
    }
}
