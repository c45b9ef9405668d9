package org.claimdesk.e2e;

import java.net.http.HttpResponse;
import org.claimdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Login CSRF: only a sign-in posted from a login page this browser loaded signs it in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LoginCsrfHttpTest {

    @LocalServerPort
    int port;

    static void assertSentBackToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?retry"));
    }

    static void assertNotSignedIn(WebClient browser) throws Exception {
        HttpResponse<String> articles = browser.get("/articles");
        assertThat(articles.statusCode()).isEqualTo(302);
        assertThat(articles.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_signs_nobody_in() throws Exception {
        WebClient victim = new WebClient(port);

        HttpResponse<String> forged = victim.post("/login",
                WebClient.signInForm("viewer", TestUsers.DEMO_PASSWORD, null),
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Referer", "https://evil.example/");

        assertSentBackToSignIn(forged);
        assertNotSignedIn(victim);
    }

    @Test
    void a_victim_with_an_open_login_page_is_not_signed_in_by_a_post_from_another_site() throws Exception {
        WebClient victim = new WebClient(port);
        victim.loginPageToken();

        HttpResponse<String> forged = victim.post("/login",
                WebClient.signInForm("viewer", TestUsers.DEMO_PASSWORD, null), "Origin", "https://evil.example");

        assertSentBackToSignIn(forged);
        assertNotSignedIn(victim);
    }

    @Test
    void a_token_from_another_session_does_not_sign_in() throws Exception {
        String attackersToken = new WebClient(port).loginPageToken();
        WebClient victim = new WebClient(port);
        victim.loginPageToken();

        assertSentBackToSignIn(victim.post("/login",
                WebClient.signInForm("viewer", TestUsers.DEMO_PASSWORD, attackersToken), "Origin", "https://evil.example"));
        assertNotSignedIn(victim);
    }

    @Test
    void the_login_page_form_with_its_own_token_signs_in() throws Exception {
        WebClient browser = new WebClient(port);

        HttpResponse<String> response = browser.signIn("viewer", TestUsers.DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(browser.get("/articles").statusCode()).isEqualTo(200);
    }
}
