package org.claimdesk.bench;

import java.util.List;

/** Percentiles of measured times, nearest-rank. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }

    static List<Double> millis(List<Long> nanos) {
        return nanos.stream().map(n -> n / 1e6).toList();
    }

    /** "p50 / p95 / max" of milliseconds, for a table row. */
    static String row(List<Double> millis) {
        return "%s | %s | %s".formatted(ms(of(millis, 50)), ms(of(millis, 95)), ms(of(millis, 100)));
    }

    static String ms(double millis) {
        return "%.1f ms".formatted(millis);
    }
}
