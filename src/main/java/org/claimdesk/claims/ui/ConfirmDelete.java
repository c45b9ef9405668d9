package org.claimdesk.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.claimdesk.claims.Claim;

/** Asks before a claim is deleted. */
class ConfirmDelete extends Dialog {

    ConfirmDelete(Claim claim, Runnable onConfirm) {
        setHeaderTitle("Delete this claim?");
        add(new Paragraph("“" + claim.excerpt(120) + "” by " + claim.speakerName() + " will be gone for everyone."));
        Button confirm = new Button("Delete", e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-delete");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
