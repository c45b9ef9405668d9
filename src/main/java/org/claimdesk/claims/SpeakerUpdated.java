package org.claimdesk.claims;

/** Published after a speaker's name, aliases or details were changed. */
public record SpeakerUpdated(long speakerId, String updatedBy) {
}
