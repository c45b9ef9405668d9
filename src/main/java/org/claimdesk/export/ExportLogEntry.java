package org.claimdesk.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One export as the log keeps it: who, when, what (scope, and the article or search in {@code detail}), in which
 * format, and, once it ended, how many rows and whether it completed.
 */
public record ExportLogEntry(
        long id,
        String exportedBy,
        Instant startedAt,
        ExportScope scope,
        String detail,
        ExportFormat format,
        Outcome outcome,
        @Nullable Long rows,
        @Nullable Instant finishedAt) {

    public enum Outcome {
        RUNNING, COMPLETE, FAILED
    }
}
