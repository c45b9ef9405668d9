package org.claimdesk.articles;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimdesk.articles.DuplicateArticleException.Match;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.SearchKeys;
import org.claimdesk.base.TextRules;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and adding articles. Everybody signed in reads; annotators and up add. */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    /**
     * One page of articles whose title or outlet contains {@code filter}, ignoring case, accents and letter
     * forms ("cafe" finds "Café", "walesa" "Wałęsa"), alike on every database.
     */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(String filter, Pageable page) {
        return list(filter, ArticleScope.ALL, page);
    }

    /** Like {@link #list(String, Pageable)}, among the articles of {@code scope} only. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(String filter, ArticleScope scope, Pageable page) {
        List<String> like = SearchKeys.likePatterns(filter);
        if (scope.isEmpty()) {
            return List.of();
        }
        if (scope.only() != null) {
            return articles.findMatchingIn(like.getFirst(), like.getLast(), scope.only(), page);
        }
        if (!scope.except().isEmpty()) {
            return articles.findMatchingNotIn(like.getFirst(), like.getLast(), scope.except(), page);
        }
        return articles.findMatching(like.getFirst(), like.getLast(), page);
    }

    /** How many articles {@link #list} pages through for {@code filter}. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public long count(String filter) {
        return count(filter, ArticleScope.ALL);
    }

    /** How many articles {@link #list(String, ArticleScope, Pageable)} pages through. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public long count(String filter, ArticleScope scope) {
        List<String> like = SearchKeys.likePatterns(filter);
        if (scope.isEmpty()) {
            return 0;
        }
        if (scope.only() != null) {
            return articles.countMatchingIn(like.getFirst(), like.getLast(), scope.only());
        }
        if (!scope.except().isEmpty()) {
            return articles.countMatchingNotIn(like.getFirst(), like.getLast(), scope.except());
        }
        return articles.countMatching(like.getFirst(), like.getLast());
    }

    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Optional<Article> find(long id) {
        return articles.findById(id).map(StoredArticle::toArticle);
    }

    /** The article whose stored body has this SHA-256 hash. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Optional<ArticleSummary> findByContentHash(String contentHash) {
        return articles.findSummaryByContentHash(contentHash);
    }

    /**
     * Checks, normalises and stores a new article. The body is stored NFC-normalised with LF line
     * endings; a body with no visible characters is refused. A body that is already stored, exactly or
     * apart from spacing and blank lines ({@link ArticleText#matchHash}), is refused with a
     * {@link DuplicateArticleException} naming the existing article and how it matched.
     */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public Article create(NewArticle request) {
        String body = ArticleText.normalize(request.body());
        if (body.isBlank()) {
            throw new InvalidInputException("body", "The article text is empty.");
        }
        if (!TextRules.hasVisibleText(body)) {
            throw new InvalidInputException("body", "The article text is empty: " + TextRules.INVISIBLE);
        }
        ArticleLimits.requireBodyWithinLimit("body", body);
        if (body.indexOf('\0') >= 0) {
            throw new InvalidInputException("body", "The article text contains binary data.");
        }
        NewArticle clean = request.withCleanFields(
                TextRules.requiredLine("title", "Title", request.title(), ArticleLimits.MAX_TITLE_LENGTH),
                TextRules.requiredLine("outlet", "Outlet", request.outlet(), ArticleLimits.MAX_OUTLET_LENGTH),
                TextRules.webAddress("url", "URL", request.url(), ArticleLimits.MAX_URL_LENGTH),
                TextRules.optionalLine("authors", "Authors", request.authors(), ArticleLimits.MAX_AUTHORS_LENGTH),
                language(request.language()));
        String hash = ArticleText.sha256(body);
        String matchHash = ArticleText.matchHash(body);
        articles.findByContentHash(hash).ifPresent(existing -> {
            throw new DuplicateArticleException(existing.id(), existing.title(), Match.SAME_TEXT);
        });
        articles.findByMatchHash(matchHash).ifPresent(existing -> {
            throw new DuplicateArticleException(existing.id(), existing.title(), Match.SAME_APART_FROM_SPACING);
        });
        String user = CurrentUser.requireUsername();
        StoredArticle saved;
        try {
            saved = articles.saveAndFlush(new StoredArticle(clean, body, hash, matchHash, user));
        } catch (DataIntegrityViolationException raced) {
            // Another request stored the same text between our check and our insert.
            throw new InvalidInputException("body", "Someone added this text a moment ago. Find it in the article list.");
        }
        events.publishEvent(new ArticleImported(saved.id(), saved.title(), user));
        return saved.toArticle();
    }

    /**
     * Corrects an article's details (title, outlet, address, authors, date, language); the text, to which claims
     * are anchored, never changes. Fields are checked as when adding an article.
     */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Article updateDetails(long id, ArticleDetails details) {
        StoredArticle article = articles.findById(id)
                .orElseThrow(() -> new InvalidInputException("This article no longer exists."));
        article.correct(new ArticleDetails(
                TextRules.requiredLine("title", "Title", details.title(), ArticleLimits.MAX_TITLE_LENGTH),
                TextRules.requiredLine("outlet", "Outlet", details.outlet(), ArticleLimits.MAX_OUTLET_LENGTH),
                TextRules.webAddress("url", "URL", details.url(), ArticleLimits.MAX_URL_LENGTH),
                TextRules.optionalLine("authors", "Authors", details.authors(), ArticleLimits.MAX_AUTHORS_LENGTH),
                details.publishedOn(), language(details.language())));
        try {
            articles.saveAndFlush(article);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
            throw new InvalidInputException("Someone else changed this article's details at the same moment; "
                    + "reload and try again.");
        }
        events.publishEvent(new ArticleUpdated(id, CurrentUser.requireUsername()));
        return article.toArticle();
    }

    private static String language(@Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException("language", "Language is required.");
        }
        Locale locale = Locale.forLanguageTag(v);
        if (locale.getLanguage().isEmpty() || v.length() > 16) {
            throw new InvalidInputException("language", "Enter a language code such as en, de or pt-BR.");
        }
        return locale.toLanguageTag();
    }
}
