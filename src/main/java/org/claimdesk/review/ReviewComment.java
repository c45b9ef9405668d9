package org.claimdesk.review;

import java.time.Instant;

/** One comment in a claim's thread. */
public record ReviewComment(long id, long claimId, String author, String body, Instant at) {
}
