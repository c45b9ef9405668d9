package org.claimdesk.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Sign-in locks as admins see them: which accounts are locked after failed sign-ins, and unlocking. */
@Service
@RolesAllowed(Roles.ADMIN)
public class SignInLocks {

    private final AccountLocks locks;

    SignInLocks(AccountLocks locks) {
        this.locks = locks;
    }

    /** Until when each of these usernames is locked; usernames that are not locked are left out. */
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        return locks.lockedUntil(usernames, Instant.now());
    }

    /** Lifts the lock of this username and forgets its failed sign-ins, so it may sign in at once. */
    public void unlock(String username) {
        locks.clear(username);
    }
}
