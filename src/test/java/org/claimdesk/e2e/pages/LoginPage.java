package org.claimdesk.e2e.pages;

import org.openqa.selenium.WebDriver;

/** The sign-in page. */
public class LoginPage extends Page {

    protected LoginPage(WebDriver driver) {
        super(driver);
    }

    public static LoginPage open(WebDriver driver, String url) {
        driver.get(url);
        LoginPage page = new LoginPage(driver);
        page.find("vaadin-login-form input[name=username]");
        page.waitForVaadin();
        return page;
    }

    public void submit(String username, String password) {
        find("vaadin-login-form input[name=username]").sendKeys(username);
        find("vaadin-login-form input[name=password]").sendKeys(password);
        find("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button").click();
    }

    /** Signs in and waits for the main layout. */
    public AppPage signIn(String username, String password) {
        submit(username, password);
        AppPage app = new AppPage(driver);
        app.find("#current-user");
        app.waitForVaadin();
        return app;
    }

    /** Signs in with wrong credentials (or while sign-in is paused) and returns the page once it shows its error. */
    public LoginPage signInFailing(String username, String password) {
        submit(username, password);
        waiting().until(d -> d.getCurrentUrl().contains("/login?error") || d.getCurrentUrl().contains("/login?paused"));
        LoginPage page = new LoginPage(driver);
        page.find("vaadin-login-form input[name=username]");
        page.waitForVaadin();
        return page;
    }

    /**
     * Waits until the browser has been sent to the sign-in page (after signing out, or when a page needs
     * a sign-in) and its form is there to type into.
     */
    public static LoginPage expectRedirect(WebDriver driver) {
        LoginPage page = new LoginPage(driver);
        page.waiting().withMessage(() -> "redirect to /login, at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith("/login"));
        page.visible("vaadin-login-form input[name=username]");
        page.waitForVaadin();
        return page;
    }

    /** What the user sees: the sign-in form's fields, empty, and no signed-in user anywhere on the page. */
    public boolean showsEmptySignInForm() {
        return visible("vaadin-login-form input[name=username]").getDomProperty("value").isEmpty()
                && visible("vaadin-login-form input[name=password]").getDomProperty("value").isEmpty()
                && all("#current-user").isEmpty();
    }
}
