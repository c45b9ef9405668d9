package org.claimdesk.export;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claims.ClaimRecords;
import org.claimdesk.export.internal.ClaimPages;
import org.claimdesk.export.internal.ExportLog;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.SearchSort;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.stereotype.Service;

/**
 * Exports of claims: everything (editors and up), one article's or exactly a search's (reviewers and up). Each
 * method checks the request and returns a {@link PreparedExport} that streams the rows as they are read, so an
 * export has no row cap and memory stays flat. Admins read the log of who exported what.
 */
@Service
public class ExportService {

    private final ClaimPages pages;
    private final ClaimRecords records;
    private final ExportLog log;
    private final ArticleService articles;
    private final SearchService search;

    ExportService(ClaimPages pages, ClaimRecords records, ExportLog log, ArticleService articles,
            SearchService search) {
        this.pages = pages;
        this.records = records;
        this.log = log;
        this.articles = articles;
        this.search = search;
    }

    /** Every claim, in id order. */
    @RolesAllowed(Roles.EDITOR)
    public PreparedExport all(ExportFormat format, ExportOptions options) {
        return new PreparedExport(CurrentUser.requireUsername(), ExportScope.ALL, "", format, options,
                "claimdesk-claims-" + today(), records.count(), pages::all, log);
    }

    /**
     * The claims on one article, in id order.
     *
     * @throws InvalidInputException when there is no such article
     */
    @RolesAllowed(Roles.REVIEWER)
    public PreparedExport article(long articleId, ExportFormat format, ExportOptions options) {
        Article article = articles.find(articleId)
                .orElseThrow(() -> new InvalidInputException("This article no longer exists."));
        return new PreparedExport(CurrentUser.requireUsername(), ExportScope.ARTICLE,
                "article " + article.id() + ": " + article.title(), format, options,
                "claimdesk-article-" + article.id() + "-" + today(), records.idsOfArticle(articleId).size(),
                consumer -> pages.article(articleId, consumer), log);
    }

    /**
     * Exactly the claims {@code query} finds (query and facet filters), in its order.
     *
     * @throws InvalidInputException on the field {@code query}, with the search's own message, when the query
     *         cannot be run
     */
    @RolesAllowed(Roles.REVIEWER)
    public PreparedExport search(SearchQuery query, ExportFormat format, ExportOptions options) {
        search.check(query);
        long expected = search.page(query, null, 1).total();
        return new PreparedExport(CurrentUser.requireUsername(), ExportScope.SEARCH, describe(query), format, options,
                "claimdesk-search-" + today(), expected, consumer -> pages.search(query, consumer), log);
    }

    /** The export log, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<ExportLogEntry> log(int offset, int limit) {
        return log.page(Math.max(0, offset), Math.clamp(limit, 1, 1_000));
    }

    @RolesAllowed(Roles.ADMIN)
    public long logCount() {
        return log.count();
    }

    /** The search as the log shows it: {@code query | dimension=value, value | sort=ORDER}. */
    static String describe(SearchQuery query) {
        StringBuilder text = new StringBuilder(query.text().isBlank() ? "(everything)" : query.text());
        query.filters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(filter -> text
                .append(" | ").append(filter.getKey()).append('=')
                .append(filter.getValue().stream().sorted().collect(Collectors.joining(", "))));
        if (query.sort() != SearchSort.RELEVANCE) {
            text.append(" | sort=").append(query.sort().name());
        }
        return text.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
