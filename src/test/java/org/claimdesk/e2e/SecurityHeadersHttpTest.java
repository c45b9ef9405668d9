package org.claimdesk.e2e;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the security headers; pages allow only their own inline scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecurityHeadersHttpTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @LocalServerPort
    int port;

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    static void assertHardened(HttpResponse<?> response) {
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(response, "Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/styles.css", "/favicon.ico", "/icons/icon.svg", "/articles", "/nonexistent"})
    void every_response_to_a_visitor_carries_the_security_headers(String path) throws Exception {
        assertHardened(new WebClient(port).get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/1", "/admin/users", "/nonexistent", "/lumo/lumo.css"})
    void every_response_to_a_signed_in_user_carries_the_security_headers(String path) throws Exception {
        assertHardened(new WebClient(port).signedInAs("annotator", TestUsers.DEMO_PASSWORD).get(path));
    }

    @Test
    void a_page_runs_only_the_inline_scripts_it_was_served_with_and_each_page_gets_a_new_nonce() throws Exception {
        WebClient browser = new WebClient(port);
        HttpResponse<String> first = browser.get("/login");
        HttpResponse<String> second = browser.get("/login");

        String nonce = nonceOf(first);
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(nonceOf(second));
        List<String> scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body()).results()
                .map(m -> m.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_plain_http_gets_no_hsts() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/login");
        assertThat(header(response, "Set-Cookie")).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String nonceOf(HttpResponse<?> page) {
        Matcher m = NONCE.matcher(header(page, "Content-Security-Policy"));
        assertThat(m.find()).as("a nonce in %s", header(page, "Content-Security-Policy")).isTrue();
        return m.group(1);
    }
}
