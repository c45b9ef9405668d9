package org.claimdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run (each Surefire or Failsafe run of {@code ./mvnw verify}) a database of its own,
 * so that no test depends on what an earlier run left behind: a fresh data folder under
 * {@code target/test-runs} with an H2 database in it, or, in the PostgreSQL run, a fresh database on the
 * test server ({@link TestDatabase}). Earlier runs' folders and databases are removed. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class TestRun implements LauncherSessionListener {

    static final Path RUNS = Path.of("target", "test-runs");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("claimdesk.data-dir") != null) {
            return; // already chosen for this JVM
        }
        removeEarlierRuns();
        String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))
                + "-" + ProcessHandle.current().pid();
        Path dir = RUNS.resolve(name).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("claimdesk.data-dir", dir.toString());
        if (TestDatabase.postgres()) {
            TestDatabase.dropEarlierPostgresRuns();
            TestDatabase.Settings db = TestDatabase.freshPostgres("run");
            System.setProperty("spring.datasource.url", db.url());
            System.setProperty("spring.datasource.username", db.username());
            System.setProperty("spring.datasource.password", db.password());
        }
    }

    private static void removeEarlierRuns() {
        if (!Files.isDirectory(RUNS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(RUNS)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(RUNS)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
