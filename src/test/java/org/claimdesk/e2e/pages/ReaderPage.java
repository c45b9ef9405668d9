package org.claimdesk.e2e.pages;

import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The article reader. */
public class ReaderPage extends AppPage {

    public ReaderPage(WebDriver driver) {
        super(driver);
    }

    /** The article's paragraphs, as the highlighter or the plain reader draws them. */
    static final String PARAGRAPHS = "claim-highlighter p.hl-p, .article-body p";

    static ReaderPage await(WebDriver driver) {
        ReaderPage page = new ReaderPage(driver);
        page.find(PARAGRAPHS);
        page.waitForVaadin();
        return page;
    }

    public String heading() {
        return find("#article-heading").getText();
    }

    public List<String> paragraphs() {
        return all(PARAGRAPHS).stream().map(WebElement::getText).toList();
    }

    /** Follows the "All articles" link: a request to the server, as any click in the reader is. */
    public void clickBackToArticles() {
        click(".back-link");
    }

    public String bodyText() {
        return find(".article-content").getText();
    }
}
