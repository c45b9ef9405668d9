package org.claimdesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * "Not found", inside the main layout, with HTTP status 404: for addresses that match no view, and for
 * views that {@linkplain #showInstead reroute here} about a missing item with their own message ("There is no
 * article 42").
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · Claimdesk")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found-view");
    }

    /** Shows this view instead of the one being entered, saying what is missing in the user's words. */
    public static void showInstead(BeforeEnterEvent event, String message) {
        event.rerouteToError(new MissingItem(message), message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // Only our own messages are shown: the router's ("Couldn't find route for ...") are not for users.
        String text = parameter.getCaughtException() instanceof MissingItem
                ? parameter.getCustomMessage()
                : "There is no page at /" + event.getLocation().getPath() + ". Check the address, or go back.";
        describe("Page not found", text);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    private static final class MissingItem extends NotFoundException {
        MissingItem(String message) {
            super(message);
        }
    }
}
