package org.claimdesk.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** "Not allowed", inside the main layout, with HTTP status 403: a view the signed-in user's role may not open. */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed · Claimdesk")
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String role = CurrentUser.role().map(Role::label).orElse("none");
        describe("Not allowed", "Your role (" + role + ") does not allow opening /" + event.getLocation().getPath()
                + ". Ask an admin if you need it.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
