package org.claimdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** What a sign-in request is: the login form's POST to {@code /login}. */
final class SignInRequests {

    static final String LOGIN_PATH = "/login";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, LOGIN_PATH);

    private SignInRequests() {
    }

    static boolean isSignIn(HttpServletRequest request) {
        return SIGN_IN.matches(request);
    }

    /** The username as Spring Security's form login reads it (trimmed), or empty. */
    static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username.trim();
    }
}
