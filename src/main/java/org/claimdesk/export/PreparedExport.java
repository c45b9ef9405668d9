package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import org.claimdesk.export.ExportLogEntry.Outcome;
import org.claimdesk.export.internal.ClaimPages;
import org.claimdesk.export.internal.ClaimWriter;
import org.claimdesk.export.internal.ClaimWriters;
import org.claimdesk.export.internal.ExportLog;

/**
 * An export that {@link ExportService} allowed and checked, ready to be written, for example by a download as the
 * browser asks for it. Writing logs it: who, what, how many rows, whether it completed.
 */
public final class PreparedExport {

    @FunctionalInterface
    interface Source {
        void read(ClaimPages.PageConsumer pages) throws IOException;
    }

    private final String user;
    private final ExportScope scope;
    private final String detail;
    private final ExportFormat format;
    private final ExportOptions options;
    private final String fileName;
    private final long expectedRows;
    private final Source source;
    private final ExportLog log;

    PreparedExport(String user, ExportScope scope, String detail, ExportFormat format, ExportOptions options,
            String baseName, long expectedRows, Source source, ExportLog log) {
        this.user = user;
        this.scope = scope;
        this.detail = detail;
        this.format = format;
        this.options = options;
        this.fileName = baseName + "." + format.extension();
        this.expectedRows = expectedRows;
        this.source = source;
        this.log = log;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return format.contentType();
    }

    /** About how many rows the export will have (claims may be added or deleted meanwhile). */
    public long expectedRows() {
        return expectedRows;
    }

    /**
     * Writes the export to {@code out} as the claims are read, telling {@code progress} after each page; returns
     * the number of rows. Leaves {@code out} open.
     */
    public long writeTo(OutputStream out, ExportProgress progress) throws IOException {
        long id = log.started(user, scope, detail, format);
        long[] written = {0};
        try {
            ClaimWriter writer = ClaimWriters.open(format, out, options);
            source.read(page -> {
                for (var record : page) {
                    writer.write(record);
                }
                written[0] += page.size();
                progress.rowsWritten(written[0], expectedRows);
            });
            writer.finish();
        } catch (IOException | RuntimeException failed) {
            log.finished(id, Outcome.FAILED, written[0]);
            throw failed;
        }
        log.finished(id, Outcome.COMPLETE, written[0]);
        return written[0];
    }
}
