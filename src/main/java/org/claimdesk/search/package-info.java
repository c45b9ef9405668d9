/**
 * Search: every claim findable through a Lucene index on disk ({@code ${CLAIMDESK_DATA_DIR}/index}), with
 * Lucene's own query syntax, facets with counts, highlighted hits and deep links. The database stays the source
 * of truth: the index is fed from a durable change feed written in the same transaction as each change, so it
 * misses nothing after a crash and catches up with changes made through other nodes; on start-up it is checked
 * against the database and rebuilt when missing, stale, corrupt or of an older schema. Lucene types never leave
 * {@code search.internal}. See docs/search.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
@org.jspecify.annotations.NullMarked
package org.claimdesk.search;
