package org.claimdesk.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.ServiceErrors;
import org.claimdesk.claims.ReviewReason;
import org.jspecify.annotations.Nullable;

/**
 * Asks why: a reason code and a comment for rejecting or requesting changes, a comment alone for reopening. What the
 * service refuses is shown at its field and the dialog stays open.
 */
class ReasonDialog extends Dialog {

    /** Does the move; throws what the service refuses. */
    interface Decision {
        void decide(@Nullable ReviewReason reason, String comment);
    }

    final Select<ReviewReason> reason = new Select<>();
    final TextArea comment = new TextArea("Comment");
    final Button confirm;

    ReasonDialog(String title, String action, boolean withReasonCode, Decision decision) {
        setHeaderTitle(title);
        reason.setLabel("Reason");
        reason.setId("review-reason");
        reason.setItems(ReviewReason.values());
        reason.setItemLabelGenerator(ReviewReason::label);
        reason.setVisible(withReasonCode);
        reason.setWidthFull();
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMinHeight("6em");
        fields().values().forEach(f -> f.setManualValidation(true));
        add(reason, comment);
        confirm = new Button(action, e -> {
            ServiceErrors.clear(fields());
            try {
                decision.decide(reason.getValue(), comment.getValue());
                close();
            } catch (InvalidInputException refused) {
                ServiceErrors.showAt(refused, fields());
            }
        });
        confirm.setId("review-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("28rem");
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("reason", reason);
        fields.put("comment", comment);
        return fields;
    }
}
