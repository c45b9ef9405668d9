package org.claimdesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.claimdesk.articles.ui.ArticleReaderView;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.search.SearchHit;
import org.claimdesk.search.SearchPage;
import org.claimdesk.search.SearchQuery;
import org.claimdesk.search.SearchService;
import org.claimdesk.search.SearchSort;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Search every claim: a query in Lucene's syntax (Enter searches), facets with counts to narrow it, the hits in a
 * lazy list as deep as they go, each opening its article with the claim chosen. The address carries the search,
 * so it can be bookmarked and shared. A query that cannot be run is explained under the field, and the previous
 * results stay.
 */
@Route("search")
@PageTitle("Search · Claimdesk")
@Menu(title = "Search", order = 15, icon = "vaadin:search")
@RolesAllowed(Roles.VIEWER)
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    final TextField query = new TextField();
    final Button help = new Button(new Icon(VaadinIcon.QUESTION_CIRCLE_O));
    final Select<SearchSort> sort = new Select<>();
    final Span total = new Span();
    final Grid<SearchHit> hits = new Grid<>();
    final FacetPanel facets;
    final IndexStatusBar status;
    final HorizontalLayout actions = new HorizontalLayout();
    private final SearchService search;
    private final ObjectProvider<SearchActions> searchActions;
    private SearchQuery current = SearchQuery.of("");
    private @Nullable ResultPager pager;

    public SearchView(SearchService search, ObjectProvider<SearchActions> searchActions) {
        this.search = search;
        this.searchActions = searchActions;
        setSizeFull();
        addClassName("search-view");
        facets = new FacetPanel(this::toggle);
        status = new IndexStatusBar(search, () -> run(current, false));

        query.setId("search-query");
        query.setPlaceholder("Search claims, e.g. speaker:zuckerberg \"open source\"");
        query.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setManualValidation(true);
        query.setAriaLabel("Search query");
        // Enter searches what is in the field now: the key event carries the value (the field's own value reaches
        // the server only after the key event).
        query.getElement()
                .addEventListener("keydown", e -> run(current.withText(e.getEventData().get("element.value").asString()), true))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        query.addValueChangeListener(e -> {
            if (e.getValue().isEmpty() && e.isFromClient()) {
                run(current.withText(""), true);
            }
        });

        help.setId("search-help");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        help.setAriaLabel("How to search");
        Popover popover = new Popover(new QueryHelp(search.queryFields()));
        popover.setTarget(help);
        popover.setWidth("34rem");
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);

        sort.setId("search-sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(SearchSort::label);
        sort.setValue(SearchSort.RELEVANCE);
        sort.setAriaLabel("Order");
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(current.withSort(e.getValue()), true);
            }
        });
        total.setId("search-total");
        total.addClassName("search-total");

        actions.addClassName("search-actions");
        actions.setSpacing(false);
        HorizontalLayout bar = new HorizontalLayout(query, help, sort, actions);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(query);

        hits.setId("search-hits");
        hits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        hits.addComponentColumn(HitQuote::new).setHeader("Quote").setWidth("24rem").setFlexGrow(6);
        hits.addColumn(SearchHit::speaker).setHeader("Speaker").setWidth("9rem").setFlexGrow(1);
        hits.addColumn(h -> h.type().label()).setHeader("Type").setWidth("8rem").setFlexGrow(1);
        hits.addColumn(h -> h.confidence() + " %").setHeader("Confidence").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(h -> h.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        hits.addColumn(SearchHit::articleTitle).setHeader("Article").setWidth("11rem").setFlexGrow(1);
        hits.addColumn(h -> DATE.format(h.createdAt())).setHeader("Added").setAutoWidth(true).setFlexGrow(0);
        hits.setEmptyStateText("No claims match.");
        hits.setPartNameGenerator(h -> "hit");
        hits.addItemClickListener(e -> open(e.getItem()));

        Div results = new Div(total, hits);
        results.addClassName("search-results");
        HorizontalLayout body = new HorizontalLayout(facets, results);
        body.setSizeFull();
        body.expand(results);
        add(status, bar, body);
        expand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        run(SearchUrl.from(event.getLocation().getQueryParameters()), false);
    }

    /** Opens the hit's article with the claim chosen, scrolled into view and flashed. */
    void open(SearchHit hit) {
        getUI().ifPresent(ui -> ui.navigate(ArticleReaderView.class, ArticleReaderView.params(hit.articleId()),
                new QueryParameters(Map.of(ArticleReaderView.CLAIM_PARAMETER,
                        java.util.List.of(String.valueOf(hit.claimId()))))));
    }

    private void toggle(String dimension, String value) {
        run(current.toggle(dimension, value), true);
    }

    /**
     * Runs {@code next}: shows its hits, facets and total, or, when it cannot be run, says why under the field and
     * keeps what was shown.
     */
    void run(SearchQuery next, boolean updateAddress) {
        SearchPage first;
        try {
            first = search.page(next, null, 50);
        } catch (InvalidInputException refused) {
            query.setValue(next.text());
            query.setErrorMessage(refused.getMessage());
            query.setInvalid(true);
            return;
        }
        query.setInvalid(false);
        current = next;
        query.setValue(next.text());
        sort.setValue(next.sort());
        ResultPager results = new ResultPager(search, next, first);
        pager = results;
        total.setText(first.total() == 1 ? "1 claim" : "%,d claims".formatted(first.total())
                + (first.stopped() ? " (the search took too long and was stopped: results may be incomplete)" : ""));
        hits.setItems(q -> results.rows(q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE,
                results.total()));
        hits.getElement().setAttribute("data-query", next.text());
        facets.show(search.facets(next, 10), next);
        actions.removeAll();
        searchActions.orderedStream().flatMap(a -> a.create(next).stream()).forEach(actions::add);
        status.refresh();
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null,
                    "search" + (SearchUrl.of(next).getQueryString().isEmpty() ? ""
                            : "?" + SearchUrl.of(next).getQueryString())));
        }
    }
}
