package org.claimdesk.claims;

import org.claimdesk.cluster.ClusterEvent;

/** Published (on every node) after a speaker's name, aliases or details were changed. */
public record SpeakerUpdated(long speakerId, String updatedBy) implements ClusterEvent {
}
