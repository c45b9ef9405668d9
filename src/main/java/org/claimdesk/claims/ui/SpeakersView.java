package org.claimdesk.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.base.ui.GridFilter;
import org.claimdesk.base.ui.ViewToolbar;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerListing;
import org.claimdesk.claims.SpeakerService;
import java.util.Objects;
import java.util.stream.Stream;
import org.claimdesk.security.Roles;

/** The speaker registry for editors: find, edit, and merge duplicates. */
@Route("speakers")
@PageTitle("Speakers · Claimdesk")
@Menu(title = "Speakers", order = 30, icon = "vaadin:user-card")
@RolesAllowed(Roles.EDITOR)
public class SpeakersView extends VerticalLayout {

    private final SpeakerService speakers;
    final TextField filter = new TextField();
    final Grid<SpeakerListing> grid = new Grid<>();

    public SpeakersView(SpeakerService speakers) {
        this.speakers = speakers;
        setSizeFull();
        addClassName("speakers-view");
        GridFilter.connect(filter, grid, "Find by name or alias");
        filter.setId("speaker-filter");

        grid.setId("speaker-grid");
        grid.addColumn(l -> l.speaker().name()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(l -> String.join(", ", l.speaker().aliases())).setHeader("Aliases").setFlexGrow(2);
        grid.addColumn(l -> l.speaker().kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> String.join(", ", Stream.of(l.speaker().role(), l.speaker().organisation())
                .filter(Objects::nonNull).toList())).setHeader("Role, organisation").setFlexGrow(2);
        grid.addColumn(SpeakerListing::claimCount).setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> actions(l.speaker())).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> speakers.list(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) speakers.count(filter.getValue()));
        grid.setEmptyStateText("No speakers match.");

        add(new ViewToolbar("Speakers", filter), grid);
        expand(grid);
    }

    private HorizontalLayout actions(Speaker speaker) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> new SpeakerDialog(speakers, speaker, this::refresh).open());
        edit.setAriaLabel("Edit " + speaker.name());
        edit.setTooltipText("Edit");
        Button merge = new Button(new Icon(VaadinIcon.COMPRESS), e -> new MergeDialog(speakers, speaker, this::refresh).open());
        merge.setAriaLabel("Merge " + speaker.name() + " into another speaker");
        merge.setTooltipText("Merge into another speaker");
        merge.addClassName("merge-speaker");
        merge.getElement().setAttribute("data-speaker", speaker.name());
        for (Button b : new Button[] {edit, merge}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, merge);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
