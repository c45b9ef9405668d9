package org.claimdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the real database of the test run (H2 files under target/test-runs, or
 * PostgreSQL in the PostgreSQL run: see {@link TestDatabase}) with Flyway and the demo data, without a web
 * server. Tests that share it share one Spring context. Tagged {@code database}: these are the tests that
 * run once on each database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestDatabase.TAG)
@SpringBootTest
@ActiveProfiles("demo")
public @interface ClaimdeskTest {
}
