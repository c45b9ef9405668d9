package org.claimdesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open, inside the main layout: while the database cannot be reached, that is what it
 * says (HTTP 503, try again); for anything else a plain apology (HTTP 500), never a stack trace.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not available · Claimdesk")
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        super("server-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseFailures.unreachable(parameter.getException())) {
            LOG.warn("Opening /{} failed, the database is not reachable: {}", event.getLocation().getPath(),
                    parameter.getException().getMessage());
            describe("Database not reachable", "The database is not reachable right now, so this page could not "
                    + "be opened. Nothing was changed. Try again in a moment.");
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        LOG.error("Opening /{} failed", event.getLocation().getPath(), parameter.getException());
        describe("Something went wrong", "This page could not be opened. Reload it, or go back and try again.");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
