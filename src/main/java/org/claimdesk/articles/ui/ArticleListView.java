package org.claimdesk.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.claimdesk.articles.ArticleScope;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.articles.ArticleSummary;
import org.claimdesk.base.ui.GridFilter;
import org.claimdesk.base.ui.ViewToolbar;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** All articles, filtered by title or outlet, newest first unless sorted otherwise. */
@Route("articles")
@RouteAlias("")
@PageTitle("Articles · Claimdesk")
@Menu(title = "Articles", order = 10, icon = "vaadin:newspaper")
@RolesAllowed(Roles.VIEWER)
public class ArticleListView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    final TextField filter = new TextField();
    final Grid<ArticleSummary> grid = new Grid<>();
    final Button add = new Button("Add article", new Icon(VaadinIcon.PLUS));

    final List<ArticleListFilter.Control> filters;

    public ArticleListView(ArticleService articles, ObjectProvider<ArticleListFilter> extraFilters,
            ObjectProvider<ArticleActions> actions) {
        setSizeFull();
        addClassName("article-list-view");

        filter.setId("article-filter");
        add.setId("add-article");
        grid.setId("article-grid");
        GridFilter.connect(filter, grid, "Filter by title or outlet");
        filter.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        filter.setWidth("min(100%, 24rem)");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add.getUI().ifPresent(ui -> ui.navigate(AddArticleView.class)));
        add.setVisible(CurrentUser.has(Role.ANNOTATOR));

        filters = extraFilters.orderedStream().map(f -> f.create(() -> grid.getDataProvider().refreshAll())).toList();
        Component[] controls = java.util.stream.Stream.concat(filters.stream().map(ArticleListFilter.Control::component),
                java.util.stream.Stream.of(add)).toArray(Component[]::new);
        ViewToolbar toolbar = new ViewToolbar("Articles", filter, controls);
        actions.orderedStream().flatMap(a -> a.forAllArticles().stream()).forEach(toolbar::add);

        grid.addComponentColumn(a -> new RouterLink(a.title(), ArticleReaderView.class, ArticleReaderView.params(a.id())))
                .setHeader("Title").setFlexGrow(4).setKey("title").setSortable(true).setSortProperty("title");
        grid.addColumn(ArticleSummary::outlet).setHeader("Outlet").setFlexGrow(1).setKey("outlet")
                .setSortable(true).setSortProperty("outlet");
        var published = grid.addColumn(a -> a.publishedOn() == null ? "" : DATE.format(a.publishedOn()))
                .setHeader("Published").setKey("publishedOn").setSortable(true).setSortProperty("publishedOn")
                .setAutoWidth(true).setFlexGrow(0);
        var added = grid.addColumn(a -> DATE.format(a.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader("Added").setKey("createdAt").setSortable(true).setSortProperty("createdAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(added, SortDirection.DESCENDING)));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = page.withSort(Sort.by(Sort.Direction.DESC, "createdAt"));
            }
            return articles.list(filter.getValue(), scope(), page.withSort(page.getSort().and(Sort.by("id")))).stream();
        }, query -> (int) articles.count(filter.getValue(), scope()));
        grid.setEmptyStateText("No articles match.");
        published.setTooltipGenerator(a -> a.publishedOn() == null ? "Date unknown" : "");

        add(toolbar, grid);
        expand(grid);
    }

    private ArticleScope scope() {
        return filters.stream().map(ArticleListFilter.Control::scope).reduce(ArticleScope.ALL, ArticleScope::and);
    }
}
