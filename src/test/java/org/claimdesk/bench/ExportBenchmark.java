package org.claimdesk.bench;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.TestUsers;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportOptions;
import org.claimdesk.export.ExportService;
import org.claimdesk.export.internal.CsvColumn;
import org.claimdesk.export.internal.Formulas;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export at size: 1,000,000 claims from {@link SearchCorpus}, exported to CSV through {@link ExportService} (method
 * security, keyset pages from the database, the column list, formula neutralisation, Commons CSV) into a sink that
 * counts bytes, against a raw Commons CSV writer writing the same rows from memory (the limit: no database, rows
 * already made). Reports rows per second, the heap in use after a collection at the start and at several points of the
 * export (what the export holds), and the peak of the heap pools during it (garbage included). Run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=ExportBenchmark}; {@code -Dbench.claims=200000} for a smaller run.
 * Results go to the console and target/benchmarks/export.md.
 */
@SpringBootTest
@ActiveProfiles("demo")
class ExportBenchmark {

    static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);
    static final int PER_ARTICLE = 50;
    static final int RUNS = 3;

    @Autowired ExportService exports;
    @Autowired ClaimRecords records;
    @Autowired DataSource dataSource;
    @Autowired TestUsers users;

    final StringBuilder report = new StringBuilder();

    /** Counts bytes and keeps nothing. */
    static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }

    @Test
    void export_a_million_claims() throws Exception {
        long t0 = System.nanoTime();
        new SearchCorpus(20261203L, 2_000).write(dataSource, CLAIMS / PER_ARTICLE, PER_ARTICLE);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        users.signIn(Role.EDITOR);
        long total = records.count();
        line("%,d claims in the database (generated in %.0f s), JDK %s, max heap %,d MB.", total, generateSeconds,
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

        List<Double> service = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < RUNS; run++) {
            Sink sink = new Sink();
            long start = System.nanoTime();
            long rows = exports.all(ExportFormat.CSV, ExportOptions.DEFAULT).writeTo(sink, (w, e) -> { });
            service.add(rows / ((System.nanoTime() - start) / 1e9));
            assertThat(rows).isEqualTo(total);
            bytes = sink.bytes;
        }

        List<Double> reading = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long read = 0;
            long after = 0;
            for (List<ClaimRecord> page = records.after(after, 1_000); !page.isEmpty();
                    page = records.after(after, 1_000)) {
                read += page.size();
                after = page.getLast().claim().id();
            }
            reading.add(read / ((System.nanoTime() - start) / 1e9));
        }

        List<Long> retained = new ArrayList<>();
        retained.add(heapAfterCollection());
        resetPeaks();
        long sampleEvery = Math.max(1_000, total / 5 / 1_000 * 1_000);
        exports.all(ExportFormat.CSV, ExportOptions.DEFAULT).writeTo(new Sink(), (written, expected) -> {
            if (written % sampleEvery == 0) {
                retained.add(heapAfterCollection());
            }
        });
        long peak = peakHeap();
        long growth = retained.stream().mapToLong(Long::longValue).max().orElseThrow() - retained.getFirst();

        List<String[]> rows = inMemory();
        List<Double> raw = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            rawWrite(rows, new Sink());
            raw.add(rows.size() / ((System.nanoTime() - start) / 1e9));
        }
        double bestService = service.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double bestRaw = raw.stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        line("");
        line("| Export of %,d claims to CSV (%,d MB) | rows/s, best of %d | all runs |", total, bytes >> 20, RUNS);
        line("|---|---|---|");
        line("| ExportService (database pages, method security, neutralised) | %,.0f | %s |", bestService,
                list(service));
        line("| raw Commons CSV from memory (the limit) | %,.0f | %s |", bestRaw, list(raw));
        line("| only reading the pages (ClaimRecords.after, 1,000 a page), nothing written | %,.0f | %s |",
                reading.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), list(reading));
        line("| ratio (goal ≥ 0.7) | %.2f× | |", bestService / bestRaw);
        line("");
        line("| Heap during the export | MB |");
        line("|---|---|");
        line("| in use after a collection at the start | %,d |", retained.getFirst() >> 20);
        line("| after a collection at every %,d rows | %s |", sampleEvery,
                String.join(", ", retained.stream().skip(1).map(h -> String.valueOf(h >> 20)).toList()));
        line("| growth, largest (goal < 64 MB) | %,d |", growth >> 20);
        line("| peak of the heap pools, garbage included | %,d |", peak >> 20);
        line("| the rows in memory, for the raw writer (after a collection) | %,d |",
                (heapAfterCollection() - retained.getFirst()) >> 20);
        assertThat(rows).hasSize((int) total);

        String text = report.toString();
        System.out.println(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "export.md"), text, StandardCharsets.UTF_8);
    }

    /** The same rows as the export writes, neutralised, all in memory. */
    List<String[]> inMemory() {
        CsvColumn[] columns = CsvColumn.values();
        List<String[]> rows = new ArrayList<>();
        long after = 0;
        for (List<ClaimRecord> page = records.after(after, ClaimRecords.MAX_PAGE); !page.isEmpty();
                page = records.after(after, ClaimRecords.MAX_PAGE)) {
            for (ClaimRecord r : page) {
                String[] row = new String[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    row[i] = Formulas.neutralise(columns[i].valueOf(r));
                }
                rows.add(row);
            }
            after = page.getLast().claim().id();
        }
        return rows;
    }

    static void rawWrite(List<String[]> rows, OutputStream out) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toArray(String[]::new)).get();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (String[] row : rows) {
            printer.printRecord((Object[]) row);
        }
        printer.flush();
    }

    static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> "%,.0f".formatted(v)).toList());
    }

    void line(String format, Object... args) {
        report.append(args.length == 0 ? format : format.formatted(args)).append('\n');
    }
}
