package org.claimdesk.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile behind a TLS-terminating proxy on the same host (which says so with
 * X-Forwarded-Proto): HSTS and Secure cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "claimdesk.users.admin-username=chief",
        "claimdesk.users.admin-password=a-very-long-secret"})
@ActiveProfiles("prod")
class ProdHeadersHttpTest {

    @LocalServerPort
    int port;

    /**
     * A database of its own, in a folder inside this test run's (see {@code TestRun}): fresh on every run,
     * and apart from the demo data the other tests share.
     */
    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) {
        registry.add("claimdesk.data-dir",
                () -> Path.of(System.getProperty("claimdesk.data-dir")).resolve("prod-headers").toString());
    }

    @Test
    void behind_a_tls_proxy_pages_send_hsts_and_the_session_cookie_is_secure_and_same_site() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("max-age=31536000"));
        assertThat(response.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
        SecurityHeadersHttpTest.assertHardened(response);
    }

    @Test
    void static_files_get_hsts_too() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/styles.css", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        SecurityHeadersHttpTest.assertHardened(response);
    }
}
