package org.claimdesk.cluster.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.claimdesk.cluster.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications on a single node (H2): delivered to this node's listeners after the sending transaction
 * commits, off the sender's thread, as PostgreSQL would.
 */
class LocalNotifications implements Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(LocalNotifications.class);

    private final Executor executor;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    LocalNotifications(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void send(String channel, String payload) {
        Runnable deliver = () -> executor.execute(() -> deliver(channel, payload));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    @Override
    public void listen(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    @Override
    public boolean crossesNodes() {
        return false;
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                LOG.error("A listener on channel {} failed", channel, e);
            }
        }
    }
}
