package org.claimdesk;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/** Counts the SQL statements Hibernate prepares (statistics are on in tests: src/test/resources/config). */
@Component
public class Statements {

    private final Statistics statistics;

    public Statements(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** How many statements {@code work} prepared. Not for tests that run in parallel with others. */
    public long countedIn(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
