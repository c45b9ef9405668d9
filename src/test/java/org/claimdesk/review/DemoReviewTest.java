package org.claimdesk.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.DemoArticles;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimdeskTest
class DemoReviewTest {

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired AssignmentService assignments;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_demo_article_shows_the_workflow_assigned_submitted_approved_and_sent_back_with_a_reason() {
        users.signIn(Role.VIEWER);
        long demo = articles.findByContentHash(DemoArticles.contentHash()).orElseThrow().id();
        List<Claim> seeded = claims.forArticle(demo).stream().filter(c -> c.tags().contains("demo")).toList();
        Map<ClaimStatus, Long> byStatus = seeded.stream()
                .collect(Collectors.groupingBy(Claim::status, Collectors.counting()));
        assertThat(byStatus).containsEntry(ClaimStatus.APPROVED, 1L).containsEntry(ClaimStatus.CHANGES_REQUESTED, 1L)
                .containsEntry(ClaimStatus.SUBMITTED, 3L).containsEntry(ClaimStatus.DRAFT, 4L);
        Claim sentBack = seeded.stream().filter(c -> c.status() == ClaimStatus.CHANGES_REQUESTED).findFirst().orElseThrow();
        assertThat(sentBack.review().by()).isEqualTo("reviewer");
        assertThat(sentBack.review().reason()).isNotNull();
        assertThat(sentBack.review().comment()).isNotBlank();
        Assignments assigned = assignments.of(demo);
        assertThat(assigned.annotators()).contains("annotator");
        assertThat(assigned.reviewers()).contains("reviewer");
        assertThat(seeded).hasSize(9);
    }
}
