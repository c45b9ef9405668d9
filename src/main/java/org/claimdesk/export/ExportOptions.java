package org.claimdesk.export;

/**
 * How a CSV export is written. {@code neutraliseFormulas} (on by default) prefixes {@code '} to a cell that a
 * spreadsheet would run as a formula; pipelines that want the raw values turn it off. {@code byteOrderMark} starts
 * the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
 */
public record ExportOptions(boolean neutraliseFormulas, boolean byteOrderMark) {

    public static final ExportOptions DEFAULT = new ExportOptions(true, false);
}
