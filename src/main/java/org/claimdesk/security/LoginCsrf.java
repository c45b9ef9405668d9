package org.claimdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refuses sign-ins that were not posted from Claimdesk's own login page (login CSRF: a hostile page
 * signing the visitor's browser into an account the attacker controls).
 *
 * <p>We use Spring Security's CSRF token rather than an Origin or Sec-Fetch-Site check. Vaadin writes
 * the session's token into every page it serves ({@code <meta name="_csrf">}) and its login form posts
 * it along with the username and password, so the token proves that the post came from a login page
 * this session loaded; another site can neither read it nor reuse its own. It does not depend on
 * browsers and proxies passing Origin headers through. Vaadin's configuration exempts the login page
 * from the check; we configure CSRF ourselves with only Vaadin's own exemption (its internal requests
 * carry Vaadin's own CSRF token).
 */
final class LoginCsrf {

    /** Where a refused sign-in lands: the login page, which asks to sign in again. */
    static final String RETRY_URL = "/login?retry";

    private LoginCsrf() {
    }

    static void configure(HttpSecurity http, RequestUtil requestUtil) {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.exceptionHandling(e -> e.accessDeniedHandler(new RetrySignIn()));
    }

    /** A sign-in without a valid token goes back to the login page instead of an empty 403. */
    private static final class RetrySignIn implements AccessDeniedHandler {

        private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, ServletException {
            if (denied instanceof CsrfException && SignInRequests.isSignIn(request)) {
                response.sendRedirect(request.getContextPath() + RETRY_URL);
            } else {
                otherwise.handle(request, response, denied);
            }
        }
    }
}
