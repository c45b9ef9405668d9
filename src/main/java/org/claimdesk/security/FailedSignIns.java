package org.claimdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The recent failed sign-ins of one username, and until when it is locked. */
@Entity
@Table(name = "sign_in_throttle")
class FailedSignIns {

    @Id
    @Column(length = 128)
    private String username = "";

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt = Instant.EPOCH;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected FailedSignIns() {
    }

    FailedSignIns(String username, Instant now) {
        this.username = username;
        this.firstFailureAt = now;
    }

    String username() {
        return username;
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts one more failure at {@code now}: a new count starts when the last one is older than
     * {@code window} or ended in a lock; the {@code limit}-th failure locks the name until {@code now + lock}.
     */
    void fail(Instant now, int limit, Duration window, Duration lock) {
        if (lockedUntil != null || firstFailureAt.plus(window).isBefore(now)) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lock);
        }
    }
}
