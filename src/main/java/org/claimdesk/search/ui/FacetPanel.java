package org.claimdesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.claimdesk.search.Facet;
import org.claimdesk.search.FacetValue;
import org.claimdesk.search.SearchQuery;

/**
 * The facets of the current hits: per dimension its values with counts. Clicking a value filters by it; clicking
 * a chosen value (pressed) removes the filter. Counts of a dimension in use still show its other values.
 */
final class FacetPanel extends Div {

    private final BiConsumer<String, String> onToggle;

    FacetPanel(BiConsumer<String, String> onToggle) {
        this.onToggle = onToggle;
        setId("facets");
        addClassName("facet-panel");
    }

    void show(List<Facet> facets, SearchQuery query) {
        removeAll();
        for (Facet facet : facets) {
            if (facet.values().isEmpty()) {
                continue;
            }
            Div section = new Div(new H4(facet.label()));
            section.addClassName("facet");
            section.getElement().setAttribute("data-dimension", facet.dimension());
            for (FacetValue value : facet.values()) {
                section.add(valueButton(facet.dimension(), value, query.isFiltered(facet.dimension(), value.value())));
            }
            add(section);
        }
    }

    private Button valueButton(String dimension, FacetValue value, boolean chosen) {
        Span count = new Span(String.format("%,d", value.count()));
        count.addClassName("facet-count");
        Button button = new Button(value.label());
        button.setSuffixComponent(count);
        button.addClassName("facet-value");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-value", value.value());
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        button.setTooltipText(chosen ? "Remove this filter" : "Show only these");
        button.addClickListener(e -> onToggle.accept(dimension, value.value()));
        return button;
    }
}
