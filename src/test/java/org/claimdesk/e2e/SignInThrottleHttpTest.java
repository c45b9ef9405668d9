package org.claimdesk.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserAccount;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over plain HTTP. Claimdesk runs here as behind a proxy on the same host, so each test
 * can speak from its own client address (X-Forwarded-For); an address may fail 8 times per window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "claimdesk.security.sign-in.failures-per-address=8"})
@ActiveProfiles("demo")
class SignInThrottleHttpTest {

    @LocalServerPort
    int port;

    @Autowired UserService userService;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    String newAccount(String password) {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        users.signIn(Role.ADMIN);
        userService.create(new NewUser(name, "Guessed At", password, Role.VIEWER));
        TestUsers.signOut();
        return name;
    }

    static String from(int host) {
        return "203.0.113." + host;
    }

    HttpResponse<String> attempt(String username, String password, String address) throws Exception {
        return new WebClient(port).signIn(username, password, "X-Forwarded-For", address);
    }

    /** Where the browser is sent after a sign-in: "/login?error", "/login?paused", or a page of the app. */
    static String landing(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    @Test
    void the_fifth_wrong_password_locks_the_account_and_then_even_the_right_one_is_refused() throws Exception {
        String name = newAccount("the-right-password");
        for (int i = 1; i <= 4; i++) {
            assertThat(landing(attempt(name, "wrong-" + i, from(10)))).isEqualTo("/login?error");
        }
        assertThat(landing(attempt(name, "wrong-5", from(10)))).isEqualTo("/login?paused");

        assertThat(landing(attempt(name, "the-right-password", from(11)))).isEqualTo("/login?paused");
    }

    @Test
    void an_unknown_username_gets_exactly_the_answers_an_existing_one_gets() throws Exception {
        String existing = newAccount("the-right-password");
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 6; i++) {
            assertThat(landing(attempt(unknown, "wrong-" + i, from(20))))
                    .isEqualTo(landing(attempt(existing, "wrong-" + i, from(21))));
        }
    }

    @Test
    void a_successful_sign_in_clears_the_failures_of_the_account() throws Exception {
        String name = newAccount("the-right-password");
        for (int i = 1; i <= 4; i++) {
            attempt(name, "wrong-" + i, from(30));
        }
        assertThat(landing(attempt(name, "the-right-password", from(30)))).doesNotContain("login");
        for (int i = 1; i <= 4; i++) {
            assertThat(landing(attempt(name, "wrong-again-" + i, from(31)))).isEqualTo("/login?error");
        }
    }

    @Test
    void an_address_that_tries_many_usernames_is_paused_for_every_account() throws Exception {
        String victim = newAccount("the-right-password");
        for (int i = 1; i <= 7; i++) {
            assertThat(landing(attempt("spray-" + i + "-" + UUID.randomUUID(), "password1", from(40))))
                    .isEqualTo("/login?error");
        }
        assertThat(landing(attempt("spray-8-" + UUID.randomUUID(), "password1", from(40)))).isEqualTo("/login?paused");

        assertThat(landing(attempt(victim, "the-right-password", from(40)))).isEqualTo("/login?paused");
        assertThat(landing(attempt(victim, "the-right-password", from(41)))).doesNotContain("login");
    }

    @Test
    void an_admin_unlocks_a_locked_account_and_it_signs_in_at_once() throws Exception {
        String name = newAccount("the-right-password");
        for (int i = 1; i <= 5; i++) {
            attempt(name, "wrong-" + i, from(50));
        }
        users.signIn(Role.ADMIN);
        UserAccount account = userService.list(name, PageRequest.of(0, 1)).getFirst();
        assertThat(account.locked()).isTrue();
        userService.unlock(account.id());
        TestUsers.signOut();

        assertThat(landing(attempt(name, "the-right-password", from(51)))).doesNotContain("login");
    }
}
