package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled, deleted or given another role while signed in: the
 * request goes on unauthenticated, so the user meets the login page at the next request and signs in
 * again with the rights the account has now.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveAccountFilter.class);
    private static final Duration PAUSE_WHILE_DOWN = Duration.ofSeconds(10);

    /** When the database was last found unreachable ({@link System#nanoTime}). */
    private volatile long checksPausedSince = System.nanoTime() - PAUSE_WHILE_DOWN.toNanos();

    private final AccountStatus accountStatus;

    ActiveAccountFilter(AccountStatus accountStatus) {
        this.accountStatus = accountStatus;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser.username().ifPresent(username -> {
            if (!activeRoleUnchanged(username)) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        });
        chain.doFilter(request, response);
    }

    /**
     * While the database cannot be reached the account cannot be checked, and nothing can be read or changed
     * either: the request goes on, so that the page says the database is not reachable where the user is (instead
     * of an error page for every request), and the check runs again at the next request.
     */
    private boolean activeRoleUnchanged(String username) {
        if (System.nanoTime() - checksPausedSince < PAUSE_WHILE_DOWN.toNanos()) {
            return true; // just found unreachable: the request would only wait for the pool's timeout once more
        }
        try {
            return accountStatus.activeRole(username).equals(CurrentUser.role());
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException databaseDown) {
            LOG.warn("Could not check the account of {}: the database is not reachable", username);
            checksPausedSince = System.nanoTime();
            return true;
        }
    }
}
