package org.claimdesk.base.ui;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class FriendlyErrorsTest {

    @Test
    void unhandled_errors_become_plain_messages_without_a_stack_trace() {
        assertThat(FriendlyErrors.messageFor(new RuntimeException(new InvalidInputException("note", "Too long."))))
                .isEqualTo("Too long.");
        assertThat(FriendlyErrors.messageFor(new AccessDeniedException("denied"))).isEqualTo("Your role does not allow this.");
        assertThat(FriendlyErrors.messageFor(new IllegalStateException("boom at Foo.java:12")))
                .isEqualTo("Something went wrong and was not saved. Reload the page and try again.")
                .doesNotContain("Foo.java");
    }
}
