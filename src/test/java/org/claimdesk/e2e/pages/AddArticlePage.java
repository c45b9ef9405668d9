package org.claimdesk.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The add-article form. */
public class AddArticlePage extends AppPage {

    public AddArticlePage(WebDriver driver) {
        super(driver);
    }

    public AddArticlePage title(String title) {
        type("#article-title", title);
        return this;
    }

    public AddArticlePage outlet(String outlet) {
        type("#article-outlet", outlet);
        return this;
    }

    public AddArticlePage body(String body) {
        type("#article-body", body);
        return this;
    }

    public String titleValue() {
        return find("#article-title input").getDomProperty("value");
    }

    public String bodyValue() {
        return find("#article-body textarea").getDomProperty("value");
    }

    /** Chooses a file in the upload component, as the file dialog would, and waits for its text to load. */
    public AddArticlePage upload(Path file) {
        find("#article-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        waitForText("Loaded the text of");
        return this;
    }

    /** Clicks save on a form the server will refuse; the page stays. */
    public AddArticlePage saveExpectingError() {
        click("#article-save");
        waitForVaadin();
        return this;
    }

    public ReaderPage save() {
        click("#article-save");
        return ReaderPage.await(driver);
    }
}
