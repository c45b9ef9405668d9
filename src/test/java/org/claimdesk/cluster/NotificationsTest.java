package org.claimdesk.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestDatabase;
import org.claimdesk.claims.ClaimDeleted;
import org.claimdesk.claims.ClaimSaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Events between nodes: what one node publishes inside a committed transaction is published on the others;
 * nothing of a rolled-back transaction leaves; what another node sends arrives here as the event it was.
 */
@ClaimdeskTest
class NotificationsTest {

    @Autowired Notifications notifications;
    @Autowired ApplicationEventPublisher events;
    @Autowired ConfigurableApplicationContext context;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSourceProperties database;

    final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ClusterEvent e) {
            heard.add(e);
        }
    };

    @AfterEach
    void stopRecording() {
        context.removeApplicationListener(recorder);
    }

    void record() {
        context.addApplicationListener(recorder);
    }

    @Test
    void on_postgresql_an_event_sent_by_another_node_is_published_here_and_foreign_types_are_ignored() throws Exception {
        assumeThat(TestDatabase.postgres()).as("the PostgreSQL run").isTrue();
        record();
        ClaimSaved saved = new ClaimSaved(41, 7, "annotator", true);
        otherNode("{\"node\":\"elsewhere\",\"type\":\"java.lang.Runtime\",\"event\":{}}");
        otherNode("not json at all");
        otherNode("{\"node\":\"elsewhere\",\"type\":\"" + ClaimSaved.class.getName()
                + "\",\"event\":{\"claimId\":41,\"articleId\":7,\"savedBy\":\"annotator\",\"created\":true}}");

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(saved);
        assertThat(heard).isEmpty();
    }

    @Test
    void on_postgresql_events_leave_only_with_their_committed_transaction_and_never_come_back_to_this_node()
            throws Exception {
        assumeThat(TestDatabase.postgres()).as("the PostgreSQL run").isTrue();
        try (Connection other = DriverManager.getConnection(database.determineUrl(), database.determineUsername(),
                database.determinePassword()); Statement sql = other.createStatement()) {
            sql.execute("LISTEN claimdesk_events");
            record();
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new ClaimDeleted(1, 1, "rolled-back"));
                tx.setRollbackOnly();
            });
            transactions.executeWithoutResult(tx -> events.publishEvent(new ClaimDeleted(2, 1, "committed")));

            List<String> sent = new ArrayList<>();
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                PGNotification[] got = other.unwrap(PGConnection.class).getNotifications(200);
                for (PGNotification n : got == null ? new PGNotification[0] : got) {
                    sent.add(n.getParameter());
                }
                return !sent.isEmpty();
            });
            assertThat(sent).singleElement().asString().contains("\"deletedBy\":\"committed\"")
                    .contains(ClaimDeleted.class.getName());
            // This node published each event once, itself; its own notification is not published again.
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new ClaimDeleted(1, 1, "rolled-back"));
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new ClaimDeleted(2, 1, "committed"));
            assertThat(notifications.crossesNodes()).isTrue();
        }
    }

    @Test
    void notifications_reach_listeners_after_the_commit_and_not_after_a_rollback() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        String channel = "test_" + System.nanoTime();
        notifications.listen(channel, received::add);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            notifications.send(channel, "ready");
            assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isEqualTo("ready"); // the listener is listening
        });

        transactions.executeWithoutResult(tx -> {
            notifications.send(channel, "rolled back");
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> {
            notifications.send(channel, "committed");
            assertThat(received).as("nothing before the commit").doesNotContain("committed");
        });

        List<String> after = new ArrayList<>();
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            String next = received.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                after.add(next);
            }
            return after.contains("committed");
        });
        assertThat(after).doesNotContain("rolled back");
        assertThat(notifications.crossesNodes()).isEqualTo(TestDatabase.postgres());
    }

    void otherNode(String payload) {
        jdbc.queryForObject("select pg_notify('claimdesk_events', ?)", Object.class, payload);
    }
}
