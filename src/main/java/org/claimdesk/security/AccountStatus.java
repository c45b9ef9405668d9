package org.claimdesk.security;

import java.util.Optional;

/**
 * Tells what an account may do now. Implemented by the users feature; asked on every request of a
 * signed-in user, so that disabling an account or changing its role ends its open sessions.
 */
public interface AccountStatus {

    /** The account's role while it is enabled; empty when it is disabled or gone. */
    Optional<Role> activeRole(String username);
}
