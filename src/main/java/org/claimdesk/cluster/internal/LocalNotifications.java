package org.claimdesk.cluster.internal;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.claimdesk.cluster.Notifications;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications on a single node (H2): delivered to this node's listeners after the sending transaction
 * commits, off the sender's thread, as PostgreSQL would.
 */
class LocalNotifications implements Notifications {

    private final Executor executor;
    private final ChannelListeners listeners = new ChannelListeners();

    LocalNotifications(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void send(String channel, String payload) {
        Runnable deliver = () -> executor.execute(() -> listeners.deliver(channel, payload));
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
        listeners.add(channel, listener);
    }

    @Override
    public boolean crossesNodes() {
        return false;
    }

}
