package org.claimdesk.claims.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.springframework.security.access.AccessDeniedException;

/** Edits a speaker; aliases one per line. */
class SpeakerDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea aliases = new TextArea("Aliases (one per line)");
    final Select<SpeakerKind> kind = new Select<>();
    final TextField role = new TextField("Role or title");
    final TextField organisation = new TextField("Organisation");
    final TextField sameAs = new TextField("Same as (e.g. a Wikidata link)");

    SpeakerDialog(SpeakerService speakers, Speaker speaker, Runnable onSaved) {
        setHeaderTitle("Edit speaker");
        kind.setLabel("Kind");
        kind.setItems(SpeakerKind.values());
        kind.setItemLabelGenerator(SpeakerKind::label);
        name.setValue(speaker.name());
        aliases.setValue(String.join("\n", speaker.aliases()));
        kind.setValue(speaker.kind());
        role.setValue(speaker.role() == null ? "" : speaker.role());
        organisation.setValue(speaker.organisation() == null ? "" : speaker.organisation());
        sameAs.setValue(speaker.sameAs() == null ? "" : speaker.sameAs());
        Map<String, HasValidation> fields = Map.of("name", name, "aliases", aliases, "role", role,
                "organisation", organisation, "sameAs", sameAs);
        fields.values().forEach(f -> f.setManualValidation(true));
        add(new FormLayout(name, kind, role, organisation, sameAs, aliases));

        Button save = new Button("Save", e -> {
            ServiceErrors.clear(fields);
            try {
                speakers.update(speaker.id(), speaker.version(), new SpeakerFields(name.getValue(),
                        Arrays.asList(aliases.getValue().split("\\R")), kind.getValue(), role.getValue(),
                        organisation.getValue(), sameAs.getValue()));
                onSaved.run();
                close();
            } catch (InvalidInputException ex) {
                ServiceErrors.showAt(ex, fields);
            } catch (AccessDeniedException ex) {
                ServiceErrors.showDenied(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
