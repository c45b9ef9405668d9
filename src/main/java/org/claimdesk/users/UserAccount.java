package org.claimdesk.users;

import java.time.Instant;
import org.claimdesk.security.Role;

/** An account as the rest of the application sees it: never with its password hash. */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {

    static UserAccount of(User user) {
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.isEnabled(), user.getCreatedAt());
    }
}
