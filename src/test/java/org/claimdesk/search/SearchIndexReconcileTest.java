package org.claimdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.TestUsers;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.search.internal.SearchEngine;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At start-up the index is compared with the database: missing, unreadable, of an older schema or holding another
 * number of claims, it is rebuilt in the background, and then holds exactly the database's claims.
 */
@ClaimdeskTest
class SearchIndexReconcileTest {

    @Autowired SearchEngine engine;
    @Autowired SearchService search;
    @Autowired ClaimRecords records;
    @Autowired TestUsers users;
    @Value("${claimdesk.data-dir}") Path dataDir;

    Path index;

    @BeforeEach
    void signIn() {
        users.signIn(Role.VIEWER);
        index = dataDir.resolve("index");
        awaitInStep();
    }

    @AfterEach
    void restart() {
        if (!engine.isRunning()) {
            engine.start();
        }
        TestUsers.signOut();
    }

    void awaitInStep() {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            IndexStatus status = search.status();
            return !status.rebuilding() && status.documents() == records.count();
        });
    }

    @Test
    void a_deleted_index_folder_is_rebuilt_with_every_claim_of_the_database() throws IOException {
        engine.stop();
        deleteAll(index);

        engine.start();

        awaitInStep();
        assertThat(search.page(SearchQuery.of(""), null, 1).total()).isEqualTo(records.count()).isPositive();
    }

    @Test
    void a_corrupt_index_is_rebuilt() throws IOException {
        engine.stop();
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, "not an index at all".getBytes());
            }
        }

        engine.start();

        awaitInStep();
        assertThat(search.status().problem()).isNull();
    }

    @Test
    void an_index_of_an_older_schema_or_another_size_is_rebuilt() throws IOException {
        engine.stop();
        deleteAll(index);
        try (IndexWriter old = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
            Document stale = new Document();
            stale.add(new StringField("id", "999999", Field.Store.YES));
            old.addDocument(stale);
            old.setLiveCommitData(java.util.Map.of("schema", "0", "cursor", "0", "generation", "0").entrySet());
            old.commit();
        }

        engine.start();

        awaitInStep();
        assertThat(search.page(SearchQuery.of(""), null, 1).total()).isEqualTo(records.count());
    }

    @Test
    void an_admin_rebuild_shows_its_progress_and_ends_in_step_with_the_database() {
        users.signIn(Role.ADMIN);
        search.rebuild();
        assertThat(search.status().rebuilding() || search.status().documents() == records.count()).isTrue();
        awaitInStep();
        IndexStatus done = search.status();
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.problem()).isNull();
    }

    static void deleteAll(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
