package org.claimdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.claimdesk.base.DatabaseFailures;
import org.claimdesk.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: an exception no view handled becomes a message where the user is, never a
 * stack trace. Refused input, missing rights and an unreachable database say what happened; anything else is
 * logged.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        if (UI.getCurrent() != null) {
            ServiceErrors.showError(message);
        }
    }

    static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid.getMessage();
            }
            if (t instanceof AccessDeniedException) {
                return "Your role does not allow this.";
            }
        }
        if (DatabaseFailures.unreachable(error)) {
            LOG.warn("The database is not reachable: {}", error.getMessage());
            return DatabaseFailures.UNREACHABLE;
        }
        LOG.error("Unexpected error in the UI", error);
        return "Something went wrong and was not saved. Reload the page and try again.";
    }
}
