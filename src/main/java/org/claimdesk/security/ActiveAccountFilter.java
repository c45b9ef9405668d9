package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled, deleted or given another role while signed in: the
 * request goes on unauthenticated, so the user meets the login page at the next request and signs in
 * again with the rights the account has now.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final AccountStatus accountStatus;

    ActiveAccountFilter(AccountStatus accountStatus) {
        this.accountStatus = accountStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser.username().ifPresent(username -> {
            if (!accountStatus.activeRole(username).equals(CurrentUser.role())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        });
        chain.doFilter(request, response);
    }
}
