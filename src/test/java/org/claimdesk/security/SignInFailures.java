package org.claimdesk.security;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** For tests of other features: failed sign-ins as the login form would record them. */
@Component
public class SignInFailures {

    private final AccountLocks locks;

    SignInFailures(AccountLocks locks) {
        this.locks = locks;
    }

    public void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            locks.recordFailure(username, Instant.now());
        }
    }

    public boolean isLocked(String username) {
        return locks.isLocked(username, Instant.now());
    }
}
