package org.claimdesk.claims.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerFields;
import org.claimdesk.claims.SpeakerKind;
import org.claimdesk.claims.SpeakerService;
import org.springframework.security.access.AccessDeniedException;

/** Adds a speaker to the registry from inside the claim editor. */
class NewSpeakerDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Select<SpeakerKind> kind = new Select<>();
    final TextField role = new TextField("Role or title");
    final TextField organisation = new TextField("Organisation");
    final Button add = new Button("Add speaker");

    NewSpeakerDialog(SpeakerService speakers, String typedName, Consumer<Speaker> onAdded) {
        setHeaderTitle("New speaker");
        addClassName("new-speaker-dialog");
        name.setValue(typedName.strip());
        kind.setLabel("Kind");
        kind.setItems(SpeakerKind.values());
        kind.setItemLabelGenerator(SpeakerKind::label);
        kind.setValue(SpeakerKind.PERSON);
        name.setManualValidation(true);
        add(new FormLayout(name, kind, role, organisation));

        Map<String, HasValidation> fields = Map.of("name", name, "role", role, "organisation", organisation);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-speaker");
        add.addClickListener(e -> {
            ServiceErrors.clear(fields);
            try {
                Speaker created = speakers.create(new SpeakerFields(name.getValue(), List.of(), kind.getValue(),
                        role.getValue(), organisation.getValue(), null));
                onAdded.accept(created);
                close();
            } catch (InvalidInputException ex) {
                ServiceErrors.showAt(ex, fields);
            } catch (AccessDeniedException ex) {
                ServiceErrors.showDenied(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), add);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                role.focus();
            }
        });
    }
}
