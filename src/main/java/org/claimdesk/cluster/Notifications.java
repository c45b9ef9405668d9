package org.claimdesk.cluster;

import java.util.function.Consumer;

/**
 * Wake-up calls between nodes: a short text sent on a named channel reaches every node listening on it once
 * the sending transaction commits. On H2 (one node) a notification reaches the listeners of this node.
 */
public interface Notifications {

    /**
     * Sends {@code payload} on {@code channel}: inside a transaction, when it commits; outside one, at once.
     * Channel names are lowercase letters, digits and underscores.
     */
    void send(String channel, String payload);

    /** Calls {@code listener} with the payload of every notification on {@code channel}, from any node. */
    void listen(String channel, Consumer<String> listener);

    /** Whether notifications reach other nodes (PostgreSQL), or only this one (H2). */
    boolean crossesNodes();
}
