package org.claimdesk.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a claim being written, or unsaved changes to one, are thrown away. Keeping them is the default. */
class ConfirmDiscard extends Dialog {

    final Button keepEditing = new Button("Keep editing");
    final Button discard = new Button("Discard");

    ConfirmDiscard(Runnable onDiscard) {
        setHeaderTitle("Discard your unsaved claim?");
        add(new Paragraph("What you typed since the claim was opened will be lost."));
        keepEditing.setId("keep-editing");
        keepEditing.addClickListener(e -> close());
        discard.setId("confirm-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> {
            close();
            onDiscard.run();
        });
        getFooter().add(keepEditing, discard);
    }
}
