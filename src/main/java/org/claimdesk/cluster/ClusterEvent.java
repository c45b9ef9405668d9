package org.claimdesk.cluster;

/**
 * An application event that every Claimdesk node hears: published on one node, it is published again on each
 * other node sharing the database, after the publishing transaction committed (never when it rolled back).
 * Implementations are small records of ids and names (a notification carries at most 8,000 bytes), and
 * listeners must not expect a transaction or a signed-in user. Delivery to other nodes is for screens: a node
 * that was not listening at the moment misses it, so durable work (an index) reads a durable feed instead.
 */
public interface ClusterEvent {
}
