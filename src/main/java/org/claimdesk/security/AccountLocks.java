package org.claimdesk.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per username, in the database so that every node sees the same counts and locks.
 * Any username is counted, existing or not, so a lock-out tells nothing about which accounts exist.
 * Not guarded: sign-in calls it before anyone is signed in; admins reach it through {@link SignInLocks}.
 */
@Component
class AccountLocks {

    /** Usernames can be no longer; anything longer is counted under its first 64 characters. */
    static final int MAX_KEY_LENGTH = 64;

    private final FailedSignInsRepository failures;
    private final SecuritySettings.SignIn settings;

    AccountLocks(FailedSignInsRepository failures, SecuritySettings settings) {
        this.failures = failures;
        this.settings = settings.signIn();
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username, Instant now) {
        return failures.findById(key(username)).map(f -> f.lockedAt(now)).orElse(false);
    }

    /** Counts a failed sign-in; true when the username is locked now. */
    @Transactional
    boolean recordFailure(String username, Instant now) {
        failures.deleteStale(now.minus(settings.window()), now);
        String key = key(username);
        FailedSignIns row = failures.lock(key).orElseGet(() -> new FailedSignIns(key, now));
        row.fail(now, settings.failuresPerAccount(), settings.window(), settings.lock());
        failures.saveAndFlush(row);
        return row.lockedAt(now);
    }

    /** Forgets the failures and the lock of this username (a successful sign-in, an admin's unlock). */
    @Transactional
    void clear(String username) {
        failures.deleteById(key(username));
    }

    @Transactional(readOnly = true)
    Map<String, Instant> lockedUntil(Collection<String> usernames, Instant now) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return failures.findLocked(usernames, now).stream()
                .collect(Collectors.toMap(FailedSignIns::username, FailedSignIns::lockedUntil));
    }

    static String key(String username) {
        return username.codePointCount(0, username.length()) <= MAX_KEY_LENGTH
                ? username
                : username.substring(0, username.offsetByCodePoints(0, MAX_KEY_LENGTH));
    }
}
