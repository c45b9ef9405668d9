package org.claimdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * The index's state: how many claims it holds, and whether it is being rebuilt ({@code done} of {@code total}
 * so far). While it is, results may be incomplete. {@code problem} says why the last rebuild started or failed.
 */
public record IndexStatus(long documents, boolean rebuilding, long done, long total, @Nullable String problem) {

    /** The share of a rebuild done, from 0 to 1. */
    public double progress() {
        return total == 0 ? (rebuilding ? 0 : 1) : Math.min(1.0, (double) done / total);
    }
}
