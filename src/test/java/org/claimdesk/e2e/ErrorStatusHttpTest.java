package org.claimdesk.e2e;

import org.claimdesk.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP status of a page a signed-in user opens by its address: 404 for nothing there, 403 for not allowed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ErrorStatusHttpTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "/nonexistent, 404, Page not found",
            "/admin, 404, Page not found",
            "/articles/abc, 404, Page not found",
            "/articles/-1, 404, Page not found",
            "/articles/999999999999, 404, There is no article 999999999999",
            "/admin/users, 403, Not allowed",
            "/articles, 200, Articles"})
    void an_annotator_gets_the_status_that_fits_the_address(String path, int status, String text) throws Exception {
        var response = new WebClient(port).signedInAs("annotator", TestUsers.DEMO_PASSWORD).get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        // The page carries the view's first state: the message is there before any script runs.
        assertThat(response.body()).contains(text);
    }
}
