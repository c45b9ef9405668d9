package org.claimdesk;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.claimdesk.search.internal.SearchEngine;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Hibernate prepares (statistics are on in tests: src/test/resources/config). The counts
 * are the whole JVM's, so the search indexer, which reads in the background after every change, is paused while
 * counting.
 */
@Component
public class Statements {

    private final Statistics statistics;
    private final SearchEngine search;

    public Statements(EntityManagerFactory entityManagerFactory, SearchEngine search) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.search = search;
    }

    /** How many statements {@code work} prepared. Not for tests that run in parallel with others. */
    public long countedIn(Runnable work) {
        search.pauseIndexing();
        try {
            statistics.clear();
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            search.resumeIndexing();
        }
    }
}
