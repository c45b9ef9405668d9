package org.claimdesk.export.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.claimdesk.export.ExportLogEntry;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.Roles;

/** Who exported what, newest first: scope and search, format, rows, whether it completed. For admins. */
@Route("admin/exports")
@PageTitle("Exports · Claimdesk")
@Menu(title = "Exports", order = 95, icon = "vaadin:archive")
@RolesAllowed(Roles.ADMIN)
public class ExportLogView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    final Grid<ExportLogEntry> grid = new Grid<>();

    public ExportLogView(ExportService exports) {
        setSizeFull();
        addClassName("export-log-view");
        grid.setId("export-log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> TIME.format(e.startedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExportLogEntry::exportedBy).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.scope().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExportLogEntry::detail).setHeader("Article or search").setFlexGrow(3);
        grid.addColumn(e -> e.format().label()).setHeader("Format").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.rows() == null ? "" : "%,d".formatted(e.rows())).setHeader("Rows").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> switch (e.outcome()) {
            case RUNNING -> "Running";
            case COMPLETE -> "Complete";
            case FAILED -> "Broke off";
        }).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> exports.log(q.getOffset(), q.getLimit()).stream(), q -> (int) exports.logCount());
        grid.setEmptyStateText("Nobody has exported anything yet.");
        add(new H2("Exports"), grid);
        expand(grid);
    }
}
