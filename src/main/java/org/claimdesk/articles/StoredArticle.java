package org.claimdesk.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.base.SearchKeys;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "article")
class StoredArticle {

    /** The search_key column's size. */
    static final int MAX_SEARCH_KEY = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 1000)
    private String title = "";

    @Column(nullable = false, length = 400)
    private String outlet = "";

    /** Title and outlet folded, for the list's filter (see {@link SearchKeys}). */
    @Column(name = "search_key", nullable = false, length = MAX_SEARCH_KEY)
    private String searchKey = "";

    @Column(length = 4000)
    private @Nullable String url;

    @Column(length = 1000)
    private @Nullable String authors;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(nullable = false, length = 16)
    private String language = "en";

    @Column(nullable = false, length = ArticleLimits.MAX_BODY_CHARS)
    private String body = "";

    @Column(name = "content_hash", nullable = false, length = 64, unique = true)
    private String contentHash = "";

    /** Null only for an article stored before near-duplicates were checked, next to an earlier near-duplicate. */
    @Column(name = "match_hash", length = 64, unique = true)
    private @Nullable String matchHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected StoredArticle() {
    }

    StoredArticle(NewArticle a, String body, String contentHash, String matchHash, String createdBy) {
        this.title = a.title();
        this.outlet = a.outlet();
        this.searchKey = SearchKeys.of(List.of(title, outlet), MAX_SEARCH_KEY);
        this.url = a.url();
        this.authors = a.authors();
        this.publishedOn = a.publishedOn();
        this.language = a.language();
        this.body = body;
        this.contentHash = contentHash;
        this.matchHash = matchHash;
        this.createdBy = createdBy;
    }

    /** Takes corrected details (already checked); the body stays as it is. */
    void correct(ArticleDetails details) {
        this.title = details.title();
        this.outlet = details.outlet();
        this.url = details.url();
        this.authors = details.authors();
        this.publishedOn = details.publishedOn();
        this.language = details.language();
        this.searchKey = SearchKeys.of(List.of(title, outlet), MAX_SEARCH_KEY);
    }

    Article toArticle() {
        return new Article(id(), title, outlet, url, authors, publishedOn, language, body, contentHash,
                createdBy, createdAt);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Article not saved yet");
        }
        return id;
    }

    String title() {
        return title;
    }
}
