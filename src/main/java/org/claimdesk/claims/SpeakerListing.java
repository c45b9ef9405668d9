package org.claimdesk.claims;

/** A speaker in the registry's list, with how many claims name it. */
public record SpeakerListing(Speaker speaker, long claimCount) {
}
