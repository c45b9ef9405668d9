package org.claimdesk.claims;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after one speaker was merged into another: its claims now name the survivor. */
public record SpeakersMerged(long survivorId, long mergedId, String mergedBy) implements ClusterEvent {
}
