package org.claimdesk.export.internal;

/**
 * Keeps spreadsheets from running cells as formulas: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a {@code '} in front, which spreadsheets read as "text follows" and do
 * not show. A cell that already starts with {@code '} gets one too, so that dropping one leading {@code '} from every
 * cell that has one ({@link #restore}) always gives the stored value back.
 */
public final class Formulas {

    private Formulas() {
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
    }

    /** The stored value of a cell that {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
