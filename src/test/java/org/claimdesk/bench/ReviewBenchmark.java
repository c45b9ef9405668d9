package org.claimdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.claimdesk.TestUsers;
import org.claimdesk.review.QueueItem;
import org.claimdesk.review.ReviewQueues;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Role;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue at size: 10,000 submitted claims over 500 articles from {@link SearchCorpus}, all of whose
 * articles one reviewer reviews. Measures, server side, what the queue view asks of the services: opening the queue
 * (its first page of 50 and the count of what waits) and "approve, next" (the decision, then the count and the next
 * page, as after the last claim of a page). Run with {@code ./mvnw verify -Pbenchmark -Dit.test=ReviewBenchmark};
 * {@code -Dbench.claims=2000} for a smaller run. Results go to the console and target/benchmarks/review.md.
 */
@SpringBootTest
@ActiveProfiles("demo")
class ReviewBenchmark {

    static final int CLAIMS = Integer.getInteger("bench.claims", 10_000);
    static final int ARTICLES = 500;
    static final int RUNS = 200;

    @Autowired ReviewQueues queues;
    @Autowired ReviewService review;
    @Autowired UserService accounts;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;

    final StringBuilder report = new StringBuilder();

    @Test
    void review_queue_of_ten_thousand_submitted_claims() throws Exception {
        long t0 = System.nanoTime();
        long firstArticle = jdbc.queryForObject("select coalesce(max(id), 0) from article", Long.class);
        new SearchCorpus(20261204L, 200).write(dataSource, ARTICLES, CLAIMS / ARTICLES);
        jdbc.update("update claim set status = 'SUBMITTED', submitted_at = created_at where article_id > ?", firstArticle);
        users.signIn(Role.ADMIN);
        String reviewer = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(reviewer, "Bench Reviewer", "long-enough-pw", Role.REVIEWER));
        jdbc.update("insert into article_assignment (article_id, username, assigned_as, assigned_by, assigned_at)"
                + " select id, ?, 'REVIEWER', 'bench', current_timestamp from article where id > ?", reviewer, firstArticle);
        double setupSeconds = (System.nanoTime() - t0) / 1e9;

        users.signIn(reviewer);
        long waiting = queues.queueCount();
        assertThat(waiting).isEqualTo(CLAIMS);
        line("%,d submitted claims over %d articles, all reviewed by one reviewer; set up in %.0f s.", waiting,
                ARTICLES, setupSeconds);

        List<Double> open = SearchBenchmark.time(RUNS, () -> {
            List<QueueItem> page = queues.queue(50);
            queues.queueCount();
            assertThat(page).hasSize(50);
        });
        List<Double> approveNext = new ArrayList<>();
        for (int i = 0; i < 3 + RUNS; i++) {
            QueueItem next = queues.queue(1).getFirst();
            long start = System.nanoTime();
            review.approve(next.claim().id(), next.claim().version());
            queues.queueCount();
            queues.queue(50);
            if (i >= 3) {
                approveNext.add((System.nanoTime() - start) / 1e6);
            }
        }
        assertThat(queues.queueCount()).isEqualTo(CLAIMS - 3 - RUNS);
        line("");
        line("| Server side, %d runs (goal: p95 under 100 ms) | p50 | p95 | max |", RUNS);
        line("|---|---|---|---|");
        line("| open the queue (first 50, oldest first, and the count) | %s |", Percentiles.row(open));
        line("| approve, next (decision, count, next page) | %s |", Percentiles.row(approveNext));
        String text = report.toString();
        System.out.println(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "review.md"), text, StandardCharsets.UTF_8);
        TestUsers.signOut();
    }

    void line(String format, Object... args) {
        report.append(args.length == 0 ? format : format.formatted(args)).append('\n');
    }
}
