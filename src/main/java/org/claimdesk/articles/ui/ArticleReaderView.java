package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimdesk.articles.Article;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.base.ui.NotFoundView;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One article: its metadata and its text, at a deep-linkable address {@code /articles/{id}}. An unknown id
 * shows the "not found" page (HTTP 404).
 */
@Route("articles/:id([0-9]{1,18})")
@RolesAllowed(Roles.VIEWER)
public class ArticleReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ObjectProvider<ReaderContent> readerContent;
    private final ObjectProvider<ArticleActions> articleActions;
    final H2 title = new H2();
    final Div meta = new Div();
    final Div content = new Div();
    final Button editDetails = new Button("Edit details", new Icon(VaadinIcon.EDIT));
    final HorizontalLayout actions = new HorizontalLayout();
    private String pageTitle = "Article · Claimdesk";
    private Runnable editDetailsAction = () -> { };
    private @Nullable Long chosenClaim;

    public ArticleReaderView(ArticleService articles, ObjectProvider<ReaderContent> readerContent,
            ObjectProvider<ArticleActions> articleActions) {
        this.articles = articles;
        this.readerContent = readerContent;
        this.articleActions = articleActions;
        addClassName("article-reader-view");
        title.setId("article-heading");
        meta.addClassName("article-meta");
        content.addClassName("article-content");
        content.setWidthFull();
        RouterLink back = new RouterLink("All articles", ArticleListView.class);
        back.addClassName("back-link");
        editDetails.setId("edit-details");
        editDetails.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        editDetails.setVisible(CurrentUser.has(Role.EDITOR));
        editDetails.addClickListener(e -> editDetailsAction.run());
        actions.addClassName("article-actions");
        actions.add(editDetails);
        add(back, title, meta, actions, content);
    }

    /** The query parameter of a deep link to one claim: {@code /articles/7?claim=42}. */
    public static final String CLAIM_PARAMETER = "claim";

    public static RouteParameters params(long articleId) {
        return new RouteParameters("id", String.valueOf(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        chosenClaim = event.getLocation().getQueryParameters().getSingleParameter(CLAIM_PARAMETER)
                .filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong).orElse(null);
        articles.find(id).ifPresentOrElse(this::display,
                () -> NotFoundView.showInstead(event, "There is no article " + id + ". It may have been removed."));
    }

    /** Shows the article: its details and its text (with claims, when a feature provides them). */
    void display(Article article) {
        showDetails(article);
        actions.removeAll();
        actions.add(editDetails);
        articleActions.orderedStream().flatMap(a -> a.forArticle(article).stream()).forEach(actions::add);
        ReaderContent annotated = readerContent.getIfAvailable();
        Long chosen = chosenClaim;
        setBody(annotated == null ? new ArticleBody(article)
                : chosen == null ? annotated.create(article) : annotated.create(article, chosen));
    }

    private void showDetails(Article article) {
        editDetailsAction = () -> new ArticleDetailsDialog(articles, article, this::showDetails).open();
        title.setText(article.title());
        pageTitle = article.title() + " · Claimdesk";
        meta.removeAll();
        List<Component> parts = new ArrayList<>();
        parts.add(new Span(article.outlet()));
        if (article.authors() != null) {
            parts.add(new Span(article.authors()));
        }
        if (article.publishedOn() != null) {
            parts.add(new Span(ArticleListView.DATE.format(article.publishedOn())));
        }
        parts.add(new Span(Locale.forLanguageTag(article.language()).getDisplayLanguage(Locale.ENGLISH)));
        if (article.url() != null) {
            Anchor source = new Anchor(article.url(), "Original", AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            source.add(new Icon(VaadinIcon.EXTERNAL_LINK));
            parts.add(source);
        }
        parts.forEach(p -> p.addClassName("meta-item"));
        ((HasComponents) meta).add(parts);
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
    }

    /** Replaces what shows as the article text. */
    protected void setBody(Component body) {
        content.removeAll();
        content.add(body);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
