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

    /** Signs in with wrong credentials (or while sign-in is paused) and returns the page with its error shown. */
    public LoginPage signInFailing(String username, String password) {
        submit(username, password);
        waiting().until(d -> d.getCurrentUrl().contains("/login?error") || d.getCurrentUrl().contains("/login?paused"));
        LoginPage page = open(driver, driver.getCurrentUrl());
        return page;
    }

    public boolean isShown() {
        return !all("vaadin-login-form").isEmpty();
    }
}
