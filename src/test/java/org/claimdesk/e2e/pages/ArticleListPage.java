package org.claimdesk.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The article list. */
public class ArticleListPage extends AppPage {

    public ArticleListPage(WebDriver driver) {
        super(driver);
    }

    public ArticleListPage filter(String text) {
        filterGrid("#article-filter", "#article-grid", text);
        return this;
    }

    public ReaderPage open(String title) {
        waiting().until(d -> !d.findElements(By.linkText(title)).isEmpty());
        driver.findElement(By.linkText(title)).click();
        return ReaderPage.await(driver);
    }

    public AddArticlePage add() {
        click("#add-article");
        AddArticlePage page = new AddArticlePage(driver);
        page.find("#article-title");
        page.waitForVaadin();
        return page;
    }
}
