package org.claimdesk.e2e.pages;

import org.openqa.selenium.WebDriver;

/** "Page not found" and "Not allowed": a message inside the main layout, with ways back. */
public class ErrorPage extends AppPage {

    public ErrorPage(WebDriver driver) {
        super(driver);
    }

    /** Opens {@code url} and waits for the error page with its layout. */
    public static ErrorPage open(WebDriver driver, String url) {
        driver.get(url);
        ErrorPage page = new ErrorPage(driver);
        page.visible("#error-heading");
        page.find("#current-user");
        page.waitForVaadin();
        return page;
    }

    public String heading() {
        return find("#error-heading").getText();
    }

    public String message() {
        return find("#error-message").getText();
    }

    public ArticleListPage goToArticles() {
        click("#error-home");
        return articles();
    }

    public void goBack() {
        click("#error-back");
        waitForVaadin();
    }
}
