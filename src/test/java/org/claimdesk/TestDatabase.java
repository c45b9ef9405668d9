package org.claimdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the tests of this JVM run on: H2 files under {@code target/test-runs} by default, or, in the
 * PostgreSQL run ({@code -Dclaimdesk.test.database=postgresql}, which {@code ./mvnw verify} adds when
 * {@code CLAIMDESK_TEST_PG_URL} is set), fresh databases on that server. Every run gets new, empty
 * databases; those of earlier runs are dropped.
 */
public final class TestDatabase {

    /** The JUnit tag of the tests that run on every database (service, repository, migration and view tests). */
    public static final String TAG = "database";

    /** Names of the databases the tests make on PostgreSQL; anything with this prefix is theirs to drop. */
    static final String PREFIX = "claimdesk_test_";
    private static final String RUN = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
            + "_" + ProcessHandle.current().pid();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabase() {
    }

    /** Whether this JVM's tests run on PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("claimdesk.test.database"));
    }

    /** Whether a PostgreSQL server for tests is configured at all (the browser tests of two nodes need one). */
    public static boolean postgresAvailable() {
        String url = System.getenv("CLAIMDESK_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    /** Connection settings of one database. */
    public record Settings(String url, String username, String password) {

        /** As Spring Boot arguments ({@code --spring.datasource.url=…}). */
        public List<String> asArguments() {
            return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                    "--spring.datasource.password=" + password);
        }
    }

    /**
     * A new, empty PostgreSQL database on the test server, named after {@code purpose}. Requires
     * {@link #postgresAvailable()}.
     */
    public static Settings freshPostgres(String purpose) {
        String name = (PREFIX + RUN + "_" + NEXT.incrementAndGet() + "_" + purpose).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        name = name.substring(0, Math.min(name.length(), 63));
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + adminUrl(), e);
        }
        return new Settings(adminUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user(), password());
    }

    /**
     * Stops or starts the PostgreSQL server for tests ({@code "stop"} or {@code "start"}), through the control
     * command that {@code .ci/postgres} exports; for tests of what users meet while the database is down.
     */
    public static void controlServer(String action) {
        List<String> command = new ArrayList<>(List.of(System.getenv("CLAIMDESK_TEST_PG_CONTROL").split(" ")));
        command.add(action);
        command.add(System.getenv("CLAIMDESK_TEST_PG_DIR"));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Could not " + action + " the PostgreSQL server for tests");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the test databases that earlier runs left on the server (those still in use are left alone). */
    static void dropEarlierPostgresRuns() {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                    + PREFIX + "%'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                try {
                    sql.execute("DROP DATABASE IF EXISTS " + name);
                } catch (SQLException inUse) {
                    // another run on the same server is using it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests not reachable at " + adminUrl(), e);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user(), password());
    }

    private static String adminUrl() {
        return System.getenv("CLAIMDESK_TEST_PG_URL");
    }

    private static String user() {
        String user = System.getenv("CLAIMDESK_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("CLAIMDESK_TEST_PG_PASSWORD");
        return password == null ? "" : password;
    }
}
