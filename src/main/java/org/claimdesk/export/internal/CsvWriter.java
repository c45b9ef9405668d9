package org.claimdesk.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.export.ExportOptions;

/** RFC 4180 CSV (CRLF between rows, fields quoted when they need it) in UTF-8 with a header row, by Commons CSV. */
public final class CsvWriter implements ClaimWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new))
            .get();
    private static final CsvColumn[] COLUMNS = CsvColumn.values();

    private final BufferedWriter out;
    private final CSVPrinter printer;
    private final boolean neutralise;
    private final String[] row = new String[COLUMNS.length];

    public CsvWriter(OutputStream stream, ExportOptions options) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (options.byteOrderMark()) {
            out.write('\uFEFF');
        }
        this.neutralise = options.neutraliseFormulas();
        this.printer = new CSVPrinter(out, FORMAT);
    }

    @Override
    public void write(ClaimRecord record) throws IOException {
        for (int i = 0; i < COLUMNS.length; i++) {
            String value = COLUMNS[i].valueOf(record);
            row[i] = neutralise ? Formulas.neutralise(value) : value;
        }
        printer.printRecord((Object[]) row);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        out.flush();
    }
}
