package org.claimdesk.claims;

import java.util.List;

/** Published after one speaker was merged into another; the articles listed had claims that moved. */
public record SpeakersMerged(long survivorId, long mergedId, List<Long> articleIds, String mergedBy) {
}
