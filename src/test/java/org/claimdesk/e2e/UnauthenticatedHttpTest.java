package org.claimdesk.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain HTTP, no browser: every page but the login page sends a visitor who is not signed in to sign in;
 * the login page, its styles and the app icon are public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class UnauthenticatedHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/", "/articles/1", "/articles/new", "/admin/users"})
    void a_visitor_who_is_not_signed_in_is_redirected_to_the_login_page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/styles.css", "/favicon.ico", "/icons/icon.svg"})
    void the_login_page_its_styles_and_the_app_icon_are_public(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void the_app_icon_is_an_icon_and_every_page_links_the_scalable_one() throws Exception {
        HttpResponse<String> ico = get("/favicon.ico");
        assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(ico.body()).startsWith("\0\0\1\0");
        assertThat(get("/icons/icon.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(get("/login").body()).contains("<link href=\"icons/icon.svg\" rel=\"icon\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nonexistent", "/admin", "/articles/abc"})
    void an_unknown_address_asks_a_visitor_to_sign_in_first(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
