package org.claimdesk.users;

import java.time.Instant;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as the rest of the application sees it: never with its password hash.
 *
 * @param lockedUntil when the sign-in lock after repeated failed sign-ins ends, or null when not locked
 */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
                          @Nullable Instant lockedUntil) {

    /** Whether sign-in is locked after repeated failures (an admin can unlock it). */
    public boolean locked() {
        return lockedUntil != null;
    }

    static UserAccount of(User user, @Nullable Instant lockedUntil) {
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.isEnabled(), user.getCreatedAt(), lockedUntil);
    }
}
