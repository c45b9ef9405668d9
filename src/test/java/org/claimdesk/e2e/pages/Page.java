package org.claimdesk.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: waiting for Vaadin, finding elements, reading text across shadow roots. */
public abstract class Page {

    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    protected WebDriverWait waiting() {
        // Vaadin replaces elements as it redraws: a condition that met a replaced one looks again
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Waits until Vaadin has finished talking to the server. */
    public void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return false;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    protected WebElement find(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    protected WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Whether the element can be clicked where it is now: entirely inside the window, and the topmost element
     * at its centre (no drawer sliding over it, no overlay above it).
     */
    protected boolean isReachable(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const el = document.querySelector(arguments[0]);
                if (!el) return false;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.left < 0 || r.top < 0
                    || r.right > window.innerWidth || r.bottom > window.innerHeight) return false;
                let hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint) {
                  const inner = hit.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                  if (!inner || inner === hit) break;
                  hit = inner;
                }
                for (let n = hit; n; n = n.parentNode || n.host) if (n === el) return true;
                return false;
                """, css));
    }

    /** Waits until {@link #isReachable} holds: animations that move the element have ended. */
    protected void waitUntilReachable(String css) {
        waiting().withMessage(() -> css + " reachable").until(d -> isReachable(css));
    }

    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Scrolls the element into the middle of its scroll container, then clicks it as a user would. */
    protected void click(String css) {
        WebElement element = visible(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Types into a grid's filter field and waits until the grid shows the rows for that filter. */
    protected void filterGrid(String fieldCss, String gridCss, String text) {
        type(fieldCss, text);
        waiting().until(d -> text.equals(find(gridCss).getDomAttribute("data-filter")));
        waitForVaadin();
    }

    /** Types into a Vaadin text field or area, replacing its value, and commits it. */
    protected void type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input, " + fieldCss + " textarea");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    /** All text the user can read on the page, including text inside shadow roots (notifications, overlays). */
    public String visibleText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                  if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
                  if (node.shadowRoot) walk(node.shadowRoot);
                  for (const child of node.childNodes) walk(child);
                };
                walk(document.body);
                return parts.join(' ').replace(/\\s+/g, ' ');
                """);
    }

    /** Waits until the page shows {@code text} somewhere, and returns the page's text. */
    public String waitForText(String text) {
        waiting().withMessage(() -> "text '" + text + "' on " + driver.getCurrentUrl())
                .until(d -> visibleText().contains(text));
        return visibleText();
    }
}
