/**
 * Review: a second person checks each claim before it counts. The author submits (and may withdraw), a reviewer
 * who is not the author approves, rejects or asks for changes with a reason, an editor reopens a final decision.
 * The states and who may move a claim between them live with the claim ({@code claims.ClaimRules}); this feature
 * owns the workflow's API, the comment threads, assignments and queues, and the review actions in the reader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
@org.jspecify.annotations.NullMarked
package org.claimdesk.review;
