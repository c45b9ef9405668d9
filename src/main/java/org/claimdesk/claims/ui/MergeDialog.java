package org.claimdesk.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.Speaker;
import org.claimdesk.claims.SpeakerService;
import org.springframework.security.access.AccessDeniedException;

/** Merges a duplicate speaker into the one to keep: claims move, names become aliases. */
class MergeDialog extends Dialog {

    final SpeakerField survivor;
    final Button merge = new Button("Merge");

    MergeDialog(SpeakerService speakers, Speaker duplicate, Runnable onMerged) {
        setHeaderTitle("Merge “" + duplicate.name() + "”");
        survivor = new SpeakerField(speakers);
        survivor.setLabel("Keep this speaker");
        survivor.setAllowCustomValue(false);
        survivor.setHelperText(null);
        survivor.setId("merge-survivor");
        survivor.setWidthFull();
        add(new Paragraph("Its " + speakers.claimCount(duplicate.id()) + " claim(s) move to the speaker you keep, "
                + "and its names become that speaker's aliases. This cannot be undone."), survivor);

        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.addClickListener(e -> {
            if (survivor.getValue() == null) {
                survivor.setErrorMessage("Choose the speaker to keep.");
                survivor.setInvalid(true);
                return;
            }
            try {
                Speaker kept = speakers.merge(survivor.getValue().id(), duplicate.id());
                ServiceErrors.showSuccess("Merged into " + kept.name() + ".");
                onMerged.run();
                close();
            } catch (InvalidInputException ex) {
                ServiceErrors.showError(ex.getMessage());
            } catch (AccessDeniedException ex) {
                ServiceErrors.showDenied(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}
