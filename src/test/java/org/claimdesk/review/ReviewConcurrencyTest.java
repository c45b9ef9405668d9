package org.claimdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.Article;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimConflictException;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ReviewReason;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many reviewers deciding on one claim at the same moment, each from the version they saw: exactly one decision
 * is stored, once, and every other reviewer is told who decided what, on H2 and on PostgreSQL alike.
 */
@ClaimdeskTest
class ReviewConcurrencyTest {

    static final int REVIEWERS = 12;

    @Autowired ReviewService review;
    @Autowired ClaimService claims;
    @Autowired ReviewFixtures fixtures;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** What one reviewer's thread saw: the decision it stored, or the message it was refused with. */
    record Outcome(String reviewer, Claim stored, String refusal) {
    }

    @Test
    void reviewers_deciding_at_once_store_one_decision_and_the_others_learn_who_made_it() throws Exception {
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            reviewers.add(fixtures.account(i % 3 == 0 ? Role.EDITOR : Role.REVIEWER));
        }
        for (int round = 0; round < 3; round++) {
            Article article = fixtures.article();
            Claim draft = fixtures.draft(article);
            Claim submitted = review.submit(draft.id(), draft.version());

            List<Outcome> outcomes = decideAtOnce(reviewers, submitted);

            List<Outcome> stored = outcomes.stream().filter(o -> o.stored() != null).toList();
            assertThat(stored).as("decisions stored").hasSize(1);
            Outcome winner = stored.getFirst();
            users.signIn(Role.VIEWER);
            Claim now = claims.find(submitted.id()).orElseThrow();
            assertThat(now.version()).as("written once").isEqualTo(submitted.version() + 1);
            assertThat(now.review().by()).isEqualTo(winner.reviewer());
            assertThat(now.status()).isEqualTo(winner.stored().status());
            String expected = switch (now.status()) {
                case APPROVED -> "Already approved by " + winner.reviewer() + " a moment ago.";
                case REJECTED -> "Already rejected by " + winner.reviewer() + " a moment ago.";
                case CHANGES_REQUESTED -> winner.reviewer() + " already asked for changes a moment ago.";
                default -> throw new AssertionError(now.status());
            };
            assertThat(outcomes).filteredOn(o -> o.stored() == null).hasSize(REVIEWERS - 1)
                    .allSatisfy(o -> assertThat(o.refusal()).startsWith(expected));
        }
    }

    private List<Outcome> decideAtOnce(List<String> reviewers, Claim submitted) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        CountDownLatch ready = new CountDownLatch(reviewers.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < reviewers.size(); i++) {
                String reviewer = reviewers.get(i);
                int kind = i % 3;
                Callable<Outcome> decide = () -> {
                    users.signIn(reviewer);
                    ready.countDown();
                    go.await();
                    try {
                        Claim decided = switch (kind) {
                            case 0 -> review.approve(submitted.id(), submitted.version());
                            case 1 -> review.reject(submitted.id(), submitted.version(), ReviewReason.DUPLICATE, "Seen it");
                            default -> review.requestChanges(submitted.id(), submitted.version(), ReviewReason.WRONG_SPAN,
                                    "Shorter");
                        };
                        return new Outcome(reviewer, decided, null);
                    } catch (ClaimConflictException refused) {
                        return new Outcome(reviewer, null, refused.getMessage());
                    } finally {
                        TestUsers.signOut();
                    }
                };
                futures.add(pool.submit(decide));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_author_withdrawing_while_a_reviewer_approves_ends_in_one_of_the_two_never_both() throws Exception {
        for (int round = 0; round < 5; round++) {
            Article article = fixtures.article();
            Claim draft = fixtures.draft(article);
            Claim submitted = review.submit(draft.id(), draft.version());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            try {
                Future<String> withdraw = pool.submit(() -> attempt("annotator", go,
                        () -> review.withdraw(submitted.id(), submitted.version())));
                Future<String> approve = pool.submit(() -> attempt("reviewer", go,
                        () -> review.approve(submitted.id(), submitted.version())));
                go.countDown();
                List<String> results = List.of(withdraw.get(60, TimeUnit.SECONDS), approve.get(60, TimeUnit.SECONDS));
                users.signIn(Role.VIEWER);
                ClaimStatus now = claims.find(submitted.id()).orElseThrow().status();
                assertThat(results).filteredOn("stored"::equals).hasSize(1);
                if (now == ClaimStatus.DRAFT) {
                    assertThat(results.get(1)).contains("annotator withdrew this claim a moment ago");
                } else {
                    assertThat(now).isEqualTo(ClaimStatus.APPROVED);
                    assertThat(results.get(0)).contains("Already approved by reviewer a moment ago");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private String attempt(String username, CountDownLatch go, Runnable move) throws InterruptedException {
        users.signIn(username);
        go.await();
        try {
            move.run();
            return "stored";
        } catch (ClaimConflictException refused) {
            return refused.getMessage();
        } finally {
            TestUsers.signOut();
        }
    }
}
