package org.claimdesk.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Records the demo data as the demo accounts themselves, through the same guarded services a person uses.
 * It signs in only stored accounts, with the rights they really have, and it exists only with the demo
 * profile: nothing else in Claimdesk can act as somebody else.
 */
@Component
@Profile("demo")
public class DemoSignIn {

    private final UserDetailsService accounts;

    DemoSignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Runs {@code work} signed in as the stored account {@code username}. */
    public void as(String username, Runnable work) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        new DelegatingSecurityContextRunnable(work, context).run();
    }
}
