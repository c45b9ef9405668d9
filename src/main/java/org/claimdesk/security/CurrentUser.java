package org.claimdesk.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current thread, read from Spring Security. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The username, or empty when nobody is signed in. */
    public static Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The username; throws when nobody is signed in (services call this behind a guard). */
    public static String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The strongest role the signed-in user holds. */
    public static Optional<Role> role() {
        return authentication().flatMap(a -> a.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(name -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(name)))
                .max(Comparator.naturalOrder()));
    }

    public static boolean has(Role role) {
        return role().map(r -> r.includes(role)).orElse(false);
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
