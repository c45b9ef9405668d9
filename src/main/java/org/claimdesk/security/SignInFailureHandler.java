package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts every failed sign-in (wrong password, unknown or disabled account alike) and sends the user
 * back to the login page: with the usual message, or the "paused" one when this failure was the one too many.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String FAILED_URL = "/login?error";

    private final SignInThrottle throttle;

    SignInFailureHandler(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        boolean throttled = throttle.recordFailure(SignInRequests.username(request), request.getRemoteAddr());
        String target = throttled ? SignInThrottleFilter.PAUSED_URL : FAILED_URL;
        response.sendRedirect(request.getContextPath() + target);
    }
}
