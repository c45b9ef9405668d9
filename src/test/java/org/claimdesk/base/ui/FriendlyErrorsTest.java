package org.claimdesk.base.ui;

import org.claimdesk.base.DatabaseFailures;
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

    @Test
    void an_unreachable_database_says_so_and_that_nothing_was_saved() {
        var down = new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        assertThat(FriendlyErrors.messageFor(down)).isEqualTo(DatabaseFailures.UNREACHABLE)
                .contains("not reachable").contains("not saved");
        assertThat(FriendlyErrors.messageFor(new RuntimeException(new java.sql.SQLException("gone", "08006"))))
                .isEqualTo(DatabaseFailures.UNREACHABLE);
        assertThat(DatabaseFailures.unreachable(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
    }
}
