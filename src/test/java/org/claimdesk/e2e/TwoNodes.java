package org.claimdesk.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.TestDatabase;

import static org.awaitility.Awaitility.await;

/**
 * Claimdesk nodes as operators run them: separate processes of the built jar (production mode, demo data)
 * sharing one PostgreSQL database of the test server. Each node logs to {@code target/nodes/<name>.log}.
 */
final class TwoNodes implements AutoCloseable {

    /** One running node. */
    record Node(String name, int port, Process process) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final TestDatabase.Settings database;

    TwoNodes(TestDatabase.Settings database) {
        this.database = database;
    }

    /** Starts a node and waits until it serves the login page (nodes start one after another: the first seeds the demo data). */
    Node start(String name) throws IOException {
        Path dir = Path.of("target", "nodes").toAbsolutePath();
        Files.createDirectories(dir.resolve(name));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", jar(), "--spring.profiles.active=demo", "--server.port=" + port,
                "--claimdesk.data-dir=" + dir.resolve(name), "--spring.main.banner-mode=off"));
        command.addAll(database.asArguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        Node node = new Node(name, port, process);
        nodes.add(node);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " stopped; see target/nodes/" + name + ".log");
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(node.url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return node;
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.process().destroy();
        }
        for (Node node : nodes) {
            try {
                if (!node.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String jar() {
        String jar = System.getProperty("claimdesk.jar", "");
        if (jar.isEmpty() || !new File(jar).isFile()) {
            throw new IllegalStateException("The built jar is missing (" + jar + "): run ./mvnw verify");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
