package org.claimdesk.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportOptions;
import org.claimdesk.export.PreparedExport;
import org.springframework.security.access.AccessDeniedException;

/**
 * An "Export" button that opens the choices (spreadsheet options) and a download link per format. The file is
 * written as the browser downloads it, in a request of its own: the page stays usable meanwhile, and shows how many
 * rows are done.
 */
class ExportMenu extends Div {

    /** What the menu exports, asked again for each download with the options chosen then. */
    @FunctionalInterface
    interface Scope {
        PreparedExport prepare(ExportFormat format, ExportOptions options);
    }

    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    final Button open = new Button("Export", new Icon(VaadinIcon.DOWNLOAD_ALT));
    final Checkbox neutralise = new Checkbox("Neutralise formulas (a cell starting with = + - @ gets a ')", true);
    final Checkbox byteOrderMark = new Checkbox("Excel-friendly (UTF-8 byte-order mark)", false);
    final Anchor csv;
    final Anchor webAnnotation;
    final ProgressBar progressBar = new ProgressBar();
    final Span progress = new Span();
    private final Scope scope;
    private volatile ExportOptions options = ExportOptions.DEFAULT;

    ExportMenu(String id, String title, Scope scope) {
        this.scope = scope;
        setId(id);
        addClassName("export-menu");
        open.setId(id + "-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel(title);
        neutralise.setId(id + "-neutralise");
        byteOrderMark.setId(id + "-bom");
        neutralise.addValueChangeListener(e -> options = new ExportOptions(e.getValue(), byteOrderMark.getValue()));
        byteOrderMark.addValueChangeListener(e -> options = new ExportOptions(neutralise.getValue(), e.getValue()));
        csv = link(id, ExportFormat.CSV);
        webAnnotation = link(id, ExportFormat.WEB_ANNOTATION);
        progressBar.setVisible(false);
        progress.setId(id + "-progress");
        progress.addClassName("export-progress");

        VerticalLayout choices = new VerticalLayout(new Span(title), neutralise, byteOrderMark, csv,
                webAnnotation, progressBar, progress);
        choices.setPadding(false);
        choices.setSpacing(false);
        Popover popover = new Popover(choices);
        popover.setTarget(open);
        popover.setWidth("24rem");
        add(open);
    }

    private Anchor link(String id, ExportFormat format) {
        Anchor link = new Anchor((DownloadHandler) this::download, format == ExportFormat.CSV ? "Download CSV"
                : "Download W3C Web Annotation (JSON-LD)");
        link.setId(id + "-" + format.extension());
        link.getElement().setAttribute("data-format", format.name());
        link.setRouterIgnore(true);
        return link;
    }

    /** Runs in the download's own request, not holding the page: the page is changed only through {@code ui.access}. */
    private void download(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        String format = event.getOwningElement().getAttribute("data-format");
        PreparedExport export;
        try {
            export = scope.prepare(ExportFormat.valueOf(format), options);
        } catch (InvalidInputException | AccessDeniedException refused) {
            event.getResponse().setStatus(refused instanceof AccessDeniedException ? 403 : 400);
            ui.access(() -> showError(refused.getMessage()));
            return;
        }
        event.setFileName(export.fileName());
        event.setContentType(export.contentType());
        ui.access(() -> started(export.expectedRows()));
        long[] shown = {System.nanoTime()};
        try (OutputStream out = event.getOutputStream()) {
            long rows = export.writeTo(out, (written, expected) -> {
                if (System.nanoTime() - shown[0] > PROGRESS_EVERY_NANOS) {
                    shown[0] = System.nanoTime();
                    ui.access(() -> showProgress(written, expected));
                }
            });
            ui.access(() -> finished(rows));
        } catch (IOException | RuntimeException failed) {
            ui.access(() -> showError("The export broke off: " + failed.getMessage()));
            throw failed;
        }
    }

    private void started(long expected) {
        progressBar.setVisible(true);
        progressBar.setIndeterminate(expected <= 0);
        progressBar.setValue(0);
        progress.setText("Exporting… (about %,d rows)".formatted(expected));
    }

    private void showProgress(long written, long expected) {
        progressBar.setIndeterminate(false);
        progressBar.setValue(expected <= 0 ? 0 : Math.min(1, (double) written / expected));
        progress.setText("Exporting… %,d of about %,d rows".formatted(written, expected));
    }

    private void finished(long rows) {
        progressBar.setVisible(false);
        progress.setText(rows == 1 ? "Exported 1 row." : "Exported %,d rows.".formatted(rows));
    }

    private void showError(String message) {
        progressBar.setVisible(false);
        progress.setText(message);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
