package org.claimdesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the frontend's unit tests ({@code src/test/frontend/*.test.ts}) with Node's own test runner, which
 * runs TypeScript as is from Node 22.18 on: nothing is installed, nothing is downloaded. Without such a
 * Node the tests are skipped with a message, unless {@code CLAIMDESK_REQUIRE_NODE_TESTS=true} (CI sets
 * it), which turns the skip into a failure.
 */
class FrontendUnitTest {

    static final Path TESTS = Path.of("src", "test", "frontend");

    @Test
    void the_highlighter_logic_passes_its_node_tests() throws Exception {
        String node = System.getProperty("claimdesk.node", "node");
        String version = nodeVersion(node);
        boolean usable = version != null && supportsTypeScript(version);
        if (!usable) {
            String message = "Frontend unit tests need Node 22.18 or newer on the PATH (found "
                    + (version == null ? "none" : version) + "); .ci/run shows how to get Node 24.";
            if (Boolean.parseBoolean(System.getenv("CLAIMDESK_REQUIRE_NODE_TESTS"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        List<String> command = new ArrayList<>(List.of(node, "--test", "--test-reporter=spec"));
        try (Stream<Path> files = Files.list(TESTS)) {
            files.filter(f -> f.toString().endsWith(".test.ts")).sorted().map(Path::toString).forEach(command::add);
        }
        assertThat(command).as("test files in " + TESTS).hasSizeGreaterThan(3);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("fail 0");
    }

    private static String nodeVersion(String node) {
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    /** Node runs .ts files without flags from 22.18 (and 23.6) on. */
    static boolean supportsTypeScript(String version) {
        String[] parts = version.replaceFirst("^v", "").split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return major > 23 || (major == 23 && minor >= 6) || (major == 22 && minor >= 18);
    }
}
