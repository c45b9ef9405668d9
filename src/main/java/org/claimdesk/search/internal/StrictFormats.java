package org.claimdesk.search.internal;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How the query parser reads numbers and dates in ranges ({@code confidence:[70 TO 100]},
 * {@code created:[2026-01-01 TO *]}): the whole text must be a number or an ISO date, or the query is refused
 * (Java's own number formats read "50.5" as 50 and "1e9" as 1, which would silently search for something else).
 */
final class StrictFormats {

    private StrictFormats() {
    }

    /** Whole numbers only. */
    static NumberFormat integer() {
        return new Strict() {
            @Override
            Number read(String text) {
                if (!text.matches("-?[0-9]{1,9}")) {
                    return null;
                }
                return Integer.parseInt(text);
            }
        };
    }

    /** ISO dates (2026-01-31), as milliseconds since 1970 at the start of that day, UTC. */
    static NumberFormat date() {
        return new Strict() {
            @Override
            Number read(String text) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        };
    }

    private abstract static class Strict extends NumberFormat {

        /** The number the whole text is, or null. */
        abstract Number read(String text);

        @Override
        public Number parse(String source, ParsePosition position) {
            String text = source.substring(position.getIndex()).strip();
            Number number = read(text);
            if (number == null) {
                position.setErrorIndex(position.getIndex());
                return null;
            }
            position.setIndex(source.length());
            return number;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return to.append((long) number);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return to.append(number);
        }
    }
}
