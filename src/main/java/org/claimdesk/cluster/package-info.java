/**
 * Several Claimdesk nodes on one PostgreSQL database. Events marked {@link org.claimdesk.cluster.ClusterEvent}
 * that one node publishes are published on every other node too, through PostgreSQL's {@code LISTEN}/{@code NOTIFY},
 * so that what a feature does after a change (redraw open readers, wake an indexer) happens on every node.
 * {@link org.claimdesk.cluster.Notifications} gives features the channel itself. On H2 there is one node, and
 * nothing leaves it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
@org.jspecify.annotations.NullMarked
package org.claimdesk.cluster;
