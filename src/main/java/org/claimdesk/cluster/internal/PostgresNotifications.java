package org.claimdesk.cluster.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.claimdesk.cluster.Notifications;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications through PostgreSQL: {@code pg_notify} on the caller's connection (so inside a transaction
 * the server holds it back until the commit, and drops it on a rollback), and one connection of its own per
 * node that {@code LISTEN}s on every channel somebody listens to. That connection is opened outside the pool
 * and reopened, with growing pauses, whenever it breaks (the database restarted, the network failed).
 * Notifications sent while it was broken are lost: listeners are for screens and wake-ups, not for records.
 */
class PostgresNotifications implements Notifications, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9_]{1,63}");
    /** PostgreSQL refuses payloads of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_999;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final ChannelListeners listeners = new ChannelListeners();
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Thread thread;

    PostgresNotifications(JdbcTemplate jdbc, DataSourceProperties database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void send(String channel, String payload) {
        checkChannel(channel);
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A notification carries less than 8,000 bytes; this one has more.");
        }
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, channel, payload);
    }

    @Override
    public void listen(String channel, Consumer<String> listener) {
        checkChannel(channel);
        listeners.add(channel, listener);
    }

    @Override
    public boolean crossesNodes() {
        return true;
    }

    /** Whether this node's listening connection is up (for tests and health). */
    boolean connected() {
        return connected;
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::listenLoop, "claimdesk-notifications");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenLoop() {
        Duration pause = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                Set<String> listening = new HashSet<>();
                pause = Duration.ofMillis(250);
                while (running) {
                    listenToNewChannels(connection, listening);
                    connected = true;
                    PGNotification[] received = pg.getNotifications((int) POLL.toMillis());
                    if (received != null) {
                        for (PGNotification n : received) {
                            listeners.deliver(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException broken) {
                if (connected || pause.toMillis() == 250) {
                    LOG.warn("Listening for other nodes' notifications failed ({}); retrying", broken.getMessage());
                }
            } finally {
                connected = false;
            }
            pause = sleep(pause);
        }
    }

    private void listenToNewChannels(Connection connection, Set<String> listening) throws SQLException {
        for (String channel : listeners.channels()) {
            if (listening.add(channel)) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("LISTEN " + channel); // checked against CHANNEL when registered
                }
            }
        }
    }


    private Duration sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration next = pause.multipliedBy(2);
        return next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next;
    }

    private static void checkChannel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Channel names are 1 to 63 lowercase letters, digits or underscores");
        }
    }
}
