package org.claimdesk.export.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.claimdesk.base.ui.BoundedUpload;
import org.claimdesk.export.ImportMode;
import org.claimdesk.export.ImportProblem;
import org.claimdesk.export.ImportReport;
import org.claimdesk.export.ImportService;
import org.claimdesk.security.Roles;

/**
 * Imports a W3C Web Annotation JSON-LD file (as exports write it): a dry run, all or nothing (the default), or only
 * the annotations that pass; the report lists every refused annotation with its reason. For editors and up.
 */
@Route("import")
@PageTitle("Import · Claimdesk")
@Menu(title = "Import", order = 40, icon = "vaadin:upload")
@RolesAllowed(Roles.EDITOR)
public class ImportView extends VerticalLayout {

    static final String TOO_LARGE = "The file is larger than 5 MB, the most Claimdesk imports at once. Split it.";

    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("What to do");
    final Upload upload;
    final Span summary = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    private final ImportService imports;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        mode.setId("import-mode");
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(ImportMode::label);
        mode.setValue(ImportMode.ALL_OR_NOTHING);

        upload = new Upload(BoundedUpload.inMemory(ImportService.MAX_BYTES, (metadata, bytes) -> importFile(bytes),
                () -> summary.setText(TOO_LARGE)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".jsonld", ".json", "application/ld+json", "application/json");
        upload.setDropLabel(new Span("Drop a W3C Web Annotation JSON-LD file (at most 5 MB)"));
        upload.addFileRejectedListener(e -> summary.setText(e.getErrorMessage().contains("size")
                ? TOO_LARGE
                : "Only .jsonld and .json files can be imported."));

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.addColumn(p -> p.position() == 0 ? "file" : String.valueOf(p.position())).setHeader("Annotation")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::annotation).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("Why it was refused").setFlexGrow(1);
        problems.setVisible(false);

        add(new H2("Import claims"), new Paragraph("Claims come in on the articles whose text the annotations name; "
                + "add the articles first. Each quote must match the article at its place. See docs/export-format.md."),
                mode, upload, summary, problems);
    }

    void importFile(byte[] bytes) {
        ImportReport report = imports.importAnnotations(new ByteArrayInputStream(bytes), mode.getValue());
        summary.setText(report.summary());
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        upload.clearFileList();
    }
}
