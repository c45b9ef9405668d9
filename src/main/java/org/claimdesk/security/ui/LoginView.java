package org.claimdesk.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in. A failed attempt says the same whatever went wrong, so it never tells whether a user exists;
 * so does a pause after too many failures, which applies to any username tried, existing or not.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Claimdesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILED_TITLE = "Sign-in failed";
    static final String FAILED_MESSAGE = "Incorrect username or password, or the account is disabled.";
    static final String PAUSED_TITLE = "Sign-in paused";
    static final String PAUSED_MESSAGE = "Too many failed sign-ins for this username or from this network. "
            + "Wait a few minutes and try again, or ask an admin to unlock the account.";
    static final String RETRY_TITLE = "Please sign in again";
    static final String RETRY_MESSAGE = "That sign-in did not come from this page, or the page had been open "
            + "too long. Enter your username and password here.";

    final LoginForm login = new LoginForm();
    LoginI18n.ErrorMessage shownError = new LoginI18n.ErrorMessage();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        showErrorAs(FAILED_TITLE, FAILED_MESSAGE);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("Claimdesk");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph("Annotate claims in news coverage");
        tagline.addClassName("login-tagline");
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("paused")) {
            showErrorAs(PAUSED_TITLE, PAUSED_MESSAGE);
        } else if (parameters.containsKey("retry")) {
            showErrorAs(RETRY_TITLE, RETRY_MESSAGE);
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("paused")
                || parameters.containsKey("retry"));
    }

    private void showErrorAs(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
        shownError = i18n.getErrorMessage();
    }
}
