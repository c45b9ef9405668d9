package org.claimdesk.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The search view: query field, facets, hits. */
public class SearchPage extends AppPage {

    public SearchPage(WebDriver driver) {
        super(driver);
    }

    public static SearchPage open(WebDriver driver, String url) {
        driver.get(url);
        SearchPage page = new SearchPage(driver);
        page.find("#search-hits");
        page.waitForVaadin();
        return page;
    }

    /** Types the query, presses Enter and waits until the list shows that query's hits. */
    public SearchPage search(String text) {
        WebElement input = find("#search-query input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        return this;
    }

    /** Waits until the hit list was redrawn for {@code text}. */
    public SearchPage awaitResultsFor(String text) {
        waiting().until(d -> text.equals(find("#search-hits").getDomAttribute("data-query")));
        waitForVaadin();
        return this;
    }

    public String total() {
        return find("#search-total").getText();
    }

    /** The quotes of the hits the list shows, in order (waiting for the rows to arrive). */
    public List<String> quotes() {
        waitForVaadin();
        // The grid keeps spare rows for scrolling; only those with a quote hold a hit.
        return all("#search-hits .hit-quote").stream().map(WebElement::getText).filter(t -> !t.isEmpty()).toList();
    }

    /** The marked words of the hits, in order. */
    public List<String> marked() {
        return all("#search-hits .hit-quote mark").stream().map(WebElement::getText).toList();
    }

    /** Clicks a facet value and waits until it shows as chosen (or no longer chosen). */
    public SearchPage toggleFacet(String dimension, String value) {
        String css = ".facet[data-dimension='" + dimension + "'] .facet-value[data-value='" + value + "']";
        String before = find(css).getDomAttribute("aria-pressed");
        click(css);
        waiting().until(d -> {
            List<WebElement> now = d.findElements(By.cssSelector(css));
            return !now.isEmpty() && !before.equals(now.getFirst().getDomAttribute("aria-pressed"));
        });
        waitForVaadin();
        return this;
    }

    public String facetCount(String dimension, String value) {
        return find(".facet[data-dimension='" + dimension + "'] .facet-value[data-value='" + value + "'] .facet-count")
                .getText();
    }

    /** Clicks the hit showing {@code quotePart}; the reader opens with that claim chosen. */
    public ClaimReaderPage openHit(String quotePart) {
        waiting().until(d -> all("#search-hits .hit-quote").stream().anyMatch(q -> q.getText().contains(quotePart)));
        all("#search-hits .hit-quote").stream().filter(q -> q.getText().contains(quotePart)).findFirst().orElseThrow()
                .click();
        ClaimReaderPage reader = new ClaimReaderPage(driver);
        reader.find("claim-highlighter .hl-p");
        reader.waitForVaadin();
        return reader;
    }

    /** The message under the query field, once it shows one. */
    public String queryError() {
        waiting().until(d -> find("#search-query").getDomAttribute("invalid") != null);
        return find("#search-query").getDomProperty("errorMessage");
    }

    /** Presses Enter in the query field again: a request to the server. */
    public void clickSearchAgain() {
        find("#search-query input").sendKeys(Keys.ENTER);
    }

    public String queryValue() {
        return find("#search-query input").getDomProperty("value");
    }
}
