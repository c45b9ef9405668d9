package org.claimdesk.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimdesk.claims.ClaimRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims index on disk: one document per claim, kept by one writer, read through near-real-time searchers.
 * Each commit carries its schema version, the rebuild generation and how far the change feed had been applied
 * (the cursor), so a restart resumes from there and an index of another schema is known at once.
 */
final class ClaimIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimIndex.class);
    private static final String SCHEMA_KEY = "schema";
    private static final String CURSOR_KEY = "cursor";
    private static final String GENERATION_KEY = "generation";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ClaimDocuments documents;
    private final FacetsConfig facets;
    private volatile int generation;
    private volatile long cursor;
    /** Why the index must be rebuilt from the database, or null when it is what the last commit said. */
    private final @Nullable String needsRebuild;

    private ClaimIndex(Path path, Directory directory, IndexWriter writer, FacetsConfig facets, int generation,
            long cursor, @Nullable String needsRebuild) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.facets = facets;
        this.documents = new ClaimDocuments(facets);
        this.searchers = new SearcherManager(writer, null);
        this.generation = generation;
        this.cursor = cursor;
        this.needsRebuild = needsRebuild;
    }

    /**
     * Opens the index in {@code path}, or makes an empty one when there is none, it cannot be read, or it was
     * written with another schema; {@link #needsRebuild()} then says why.
     */
    static ClaimIndex open(Path path) {
        try {
            Files.createDirectories(path);
            String problem = null;
            Map<String, String> data = Map.of();
            try (Directory probe = FSDirectory.open(path)) {
                if (DirectoryReader.indexExists(probe)) {
                    try (DirectoryReader reader = DirectoryReader.open(probe)) {
                        data = reader.getIndexCommit().getUserData();
                    }
                    if (!String.valueOf(Fields.SCHEMA).equals(data.get(SCHEMA_KEY))) {
                        problem = "the index was written with schema " + data.getOrDefault(SCHEMA_KEY, "none")
                                + ", this version uses " + Fields.SCHEMA;
                    }
                } else {
                    problem = "there was no index";
                }
            } catch (IOException | RuntimeException unreadable) {
                problem = "the index could not be read (" + unreadable.getClass().getSimpleName() + ": "
                        + unreadable.getMessage() + ")";
            }
            if (problem != null && !"there was no index".equals(problem)) {
                LOG.warn("Search index in {}: {}; it is rebuilt from the database", path, problem);
                wipe(path);
                data = Map.of();
            }
            Directory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64); // fewer, larger segments during a rebuild
            IndexWriter writer = new IndexWriter(directory, config);
            int generation = Integer.parseInt(data.getOrDefault(GENERATION_KEY, "0"));
            long cursor = Long.parseLong(data.getOrDefault(CURSOR_KEY, "0"));
            return new ClaimIndex(path, directory, writer, ClaimDocuments.facetsConfig(), generation, cursor, problem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    @Nullable String needsRebuild() {
        return needsRebuild;
    }

    FacetsConfig facets() {
        return facets;
    }

    /** How far the change feed has been applied and committed. */
    long cursor() {
        return cursor;
    }

    int generation() {
        return generation;
    }

    /** Starts a rebuild: documents written from now on belong to the next generation. */
    int nextGeneration() {
        return ++generation;
    }

    void upsert(ClaimRecord record) {
        try {
            writer.updateDocument(new Term(Fields.ID, String.valueOf(record.claim().id())),
                    documents.of(record, generation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long claimId) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, String.valueOf(claimId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends a rebuild: drops what earlier generations wrote and nobody rewrote (claims deleted meanwhile). */
    void dropOlderGenerations() {
        try {
            writer.deleteDocuments(IntPoint.newRangeQuery(Fields.GENERATION, Integer.MIN_VALUE, generation - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written searchable (not yet durable). */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable, recording that the change feed has been applied up to {@code newCursor}. */
    void commit(long newCursor) {
        try {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(Fields.SCHEMA), CURSOR_KEY,
                    String.valueOf(newCursor), GENERATION_KEY, String.valueOf(generation)).entrySet());
            writer.commit();
            cursor = newCursor;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code search} on the newest searcher. */
    <T> T withSearcher(SearcherWork<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long documents() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index in {} failed", path, e);
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(path)) {
                    Files.delete(p);
                }
            }
        }
    }
}
