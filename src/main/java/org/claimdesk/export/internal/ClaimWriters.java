package org.claimdesk.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportOptions;

/** The writer of each format. */
public final class ClaimWriters {

    private ClaimWriters() {
    }

    public static ClaimWriter open(ExportFormat format, OutputStream out, ExportOptions options) throws IOException {
        return switch (format) {
            case CSV -> new CsvWriter(out, options);
            case WEB_ANNOTATION -> new WebAnnotationWriter(out);
        };
    }
}
