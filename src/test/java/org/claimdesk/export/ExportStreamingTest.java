package org.claimdesk.export;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export of everything streams: with 100,000 claims more in the database, the heap that stays in use (measured
 * after a collection) at the end of the export is about what it was near its start. A list of every row would hold
 * well over 100 MB.
 */
@ClaimdeskTest
class ExportStreamingTest {

    static final int ARTICLES = 100;
    static final int PER_ARTICLE = 1_000;
    static final long HEAP_GROWTH_LIMIT = 24L << 20;

    @Autowired ExportService exports;
    @Autowired ClaimRecords records;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    @AfterEach
    void cleanUp() {
        GeneratedClaims.remove(jdbc);
        TestUsers.signOut();
    }

    /** Counts bytes and row ends (CRLF) and keeps nothing. */
    static final class CountingSink extends OutputStream {
        long bytes;
        long rowEnds;
        int previous;

        @Override
        public void write(int b) {
            bytes++;
            if (previous == '\r' && b == '\n') {
                rowEnds++;
            }
            previous = b;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }
    }

    static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void exporting_100000_claims_keeps_the_heap_flat_and_writes_every_row() throws Exception {
        GeneratedClaims.write(dataSource, ARTICLES, PER_ARTICLE);
        users.signIn(Role.EDITOR);
        long claims = records.count();
        assertThat(claims).isGreaterThanOrEqualTo((long) ARTICLES * PER_ARTICLE);
        List<Long> heap = new ArrayList<>();
        CountingSink sink = new CountingSink();

        long rows = exports.all(ExportFormat.CSV, ExportOptions.DEFAULT).writeTo(sink, (written, expected) -> {
            if (written / 1_000 % 20 == 10 && written % 1_000 == 0 || written == expected) {
                heap.add(heapAfterCollection());
            }
        });

        assertThat(rows).isEqualTo(claims);
        assertThat(sink.rowEnds).as("header and one line per claim").isEqualTo(claims + 1);
        assertThat(heap).hasSizeGreaterThanOrEqualTo(4);
        long growth = heap.stream().mapToLong(Long::longValue).max().orElseThrow() - heap.getFirst();
        assertThat(growth).as("heap growth during the export (MB): %s", heap.stream().map(h -> h >> 20).toList())
                .isLessThan(HEAP_GROWTH_LIMIT);
    }
}
