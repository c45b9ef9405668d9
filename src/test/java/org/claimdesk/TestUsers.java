package org.claimdesk;

import org.claimdesk.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs the current thread in as a stored account, exactly as a sign-in through the login form would. */
@Component
public class TestUsers {

    public static final String DEMO_PASSWORD = "claimdesk";

    private final UserDetailsService userDetails;

    public TestUsers(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    /** The demo account that holds {@code role}: viewer, annotator, reviewer, editor or admin. */
    public static String demoUser(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void signIn(Role role) {
        signIn(demoUser(role));
    }

    public void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
