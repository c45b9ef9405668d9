package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in for a locked username or from a paused address with the login page's "paused"
 * message, before the password is checked. The message is the same whether or not the account exists.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String PAUSED_URL = "/login?paused";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignInRequests.isSignIn(request)
                && throttle.isThrottled(SignInRequests.username(request), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + PAUSED_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}
