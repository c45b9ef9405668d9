package org.claimdesk.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.claimdesk.base.InvalidInputException;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

/** Shows what went wrong where the user is: a notification for errors that belong to no single field. */
public final class ServiceErrors {

    private ServiceErrors() {
    }

    public static Notification showError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification showSuccess(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** The message to show for what a service refused because the user's role is too weak. */
    public static void showDenied(AccessDeniedException e) {
        showError("Your role does not allow this.");
    }

    /**
     * Shows a refused input at the field it names, marking that field invalid; a message about no
     * known field becomes a notification.
     */
    public static void showAt(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            showError(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    /** Clears what {@link #showAt} marked. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
