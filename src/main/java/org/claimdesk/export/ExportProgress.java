package org.claimdesk.export;

/** Hears how far an export is: after each page of rows, how many were written and how many are expected in all. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (written, expected) -> { };

    void rowsWritten(long written, long expected);
}
