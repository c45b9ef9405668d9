package org.claimdesk.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.search.IndexStatus;
import org.claimdesk.search.SearchService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.shared.Registration;

/**
 * Says when the index is being rebuilt (results may be incomplete meanwhile), with a progress bar; admins can
 * start a rebuild here. While one runs the page asks the server once a second, and stops when it ends.
 */
final class IndexStatusBar extends Div {

    final Span message = new Span();
    final ProgressBar progress = new ProgressBar();
    final Button rebuild = new Button("Rebuild index");
    private final SearchService search;
    private final Runnable onRebuilt;
    private boolean wasRebuilding;
    private @Nullable Registration polls;

    IndexStatusBar(SearchService search, Runnable onRebuilt) {
        this.search = search;
        this.onRebuilt = onRebuilt;
        setId("index-status");
        addClassName("index-status");
        message.setId("index-status-message");
        progress.setId("index-progress");
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        rebuild.setVisible(CurrentUser.has(Role.ADMIN));
        rebuild.addClickListener(e -> {
            search.rebuild();
            ServiceErrors.showSuccess("Rebuilding the index from the database.");
            refresh();
        });
        add(message, progress, rebuild);
        addAttachListener(e -> {
            polls = e.getUI().addPollListener(poll -> refresh());
            refresh();
        });
        addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            if (polls != null) {
                polls.remove();
            }
        });
    }

    /** Shows the index's state now; keeps the page asking while a rebuild runs. */
    void refresh() {
        IndexStatus status = search.status();
        boolean rebuilding = status.rebuilding();
        message.setText(rebuilding
                ? "Index rebuilding (%,d of %,d claims), results may be incomplete.".formatted(status.done(), status.total())
                : CurrentUser.has(Role.ADMIN) ? "%,d claims in the index.".formatted(status.documents()) : "");
        progress.setVisible(rebuilding);
        progress.setValue(status.progress());
        rebuild.setEnabled(!rebuilding);
        setVisible(rebuilding || CurrentUser.has(Role.ADMIN));
        getElement().setAttribute("data-rebuilding", String.valueOf(rebuilding));
        getUI().ifPresent(ui -> ui.setPollInterval(rebuilding ? 1000 : -1));
        boolean justFinished = wasRebuilding && !rebuilding;
        wasRebuilding = rebuilding;
        if (justFinished) {
            onRebuilt.run(); // shows the now complete results (which refreshes this bar once more)
        }
    }
}
