package org.claimdesk.review;

import java.util.List;

/** Who is assigned to an article, by username, sorted. */
public record Assignments(long articleId, List<String> annotators, List<String> reviewers) {
}
