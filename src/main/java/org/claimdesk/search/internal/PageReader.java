package org.claimdesk.search.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimdesk.claims.ClaimRecord;
import org.claimdesk.claims.ClaimRecords;
import org.jspecify.annotations.Nullable;

/**
 * Reads every claim in id order, a page at a time, on a thread of its own and a few pages ahead, so that reading
 * from the database and writing the index run side by side during a rebuild.
 */
final class PageReader {

    private static final List<ClaimRecord> END = List.of();

    private final ClaimRecords records;
    private final int pageSize;
    private final BlockingQueue<List<ClaimRecord>> pages = new ArrayBlockingQueue<>(3);
    private volatile boolean stopped;
    private volatile @Nullable RuntimeException failure;
    private @Nullable Thread thread;

    PageReader(ClaimRecords records, int pageSize) {
        this.records = records;
        this.pageSize = pageSize;
    }

    void start() {
        Thread t = new Thread(this::read, "claimdesk-search-rebuild-reader");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** The next page, or null after the last one. */
    @Nullable List<ClaimRecord> next() {
        try {
            while (true) {
                List<ClaimRecord> page = pages.poll(100, TimeUnit.MILLISECONDS);
                RuntimeException failed = failure;
                if (failed != null) {
                    throw failed;
                }
                if (page != null) {
                    return page == END ? null : page;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void stop() {
        stopped = true;
        pages.clear();
    }

    private void read() {
        try {
            long after = 0;
            while (!stopped) {
                List<ClaimRecord> page = records.after(after, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                after = page.getLast().claim().id();
                while (!stopped && !pages.offer(page, 100, TimeUnit.MILLISECONDS)) {
                    // the index is behind; wait
                }
            }
            while (!stopped && !pages.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // wait for room to say it has ended
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
