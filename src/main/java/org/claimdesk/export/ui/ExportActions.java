package org.claimdesk.export.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ui.ArticleActions;
import org.claimdesk.export.ExportService;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.ui.SearchActions;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The export buttons other views show: one article's claims in the reader, everything in the article list (editors
 * and up), exactly the search shown in the search view. Only for those who may export; the service decides again.
 */
@org.springframework.stereotype.Component
class ExportActions implements ArticleActions, SearchActions {

    private final ExportService exports;

    ExportActions(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public Optional<Component> forArticle(Article article) {
        return CurrentUser.has(Role.REVIEWER) ? Optional.of(new ExportMenu("export-article", "Export this article's claims",
                (format, options) -> exports.article(article.id(), format, options))) : Optional.empty();
    }

    @Override
    public Optional<Component> forAllArticles() {
        return CurrentUser.has(Role.EDITOR) ? Optional.of(new ExportMenu("export-all", "Export every claim",
                exports::all)) : Optional.empty();
    }

    @Override
    public Optional<Component> create(SearchQuery query) {
        return CurrentUser.has(Role.REVIEWER) ? Optional.of(new ExportMenu("export-search",
                "Export the claims of this search", (format, options) -> exports.search(query, format, options)))
                : Optional.empty();
    }
}
