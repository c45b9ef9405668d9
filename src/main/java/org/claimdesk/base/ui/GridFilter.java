package org.claimdesk.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A filter field for a lazy grid: the grid reloads as the user types (after a short pause). */
public final class GridFilter {

    private GridFilter() {
    }

    public static void connect(TextField filter, Grid<?> grid, String placeholder) {
        filter.setPlaceholder(placeholder);
        filter.setAriaLabel(placeholder);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            // Says which filter the rows on screen belong to, so that browser tests can wait for it.
            grid.getElement().setAttribute("data-filter", e.getValue());
        });
    }
}
