package org.claimdesk.e2e.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The review part of the reader's claim panel: the claim's state, the review actions, comments and history. */
public class ReviewPanel extends Page {

    public ReviewPanel(WebDriver driver) {
        super(driver);
    }

    /** The state badge of the claim shown, once it reads {@code label}. */
    public ReviewPanel waitForStatus(String label) {
        waiting().withMessage(() -> "status " + label + ", not " + status())
                .until(d -> label.equals(status()));
        return this;
    }

    public String status() {
        return all("#review-status").stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The latest decision and its reason, as the claim shows it. */
    public String reason() {
        return find("#review-reason-shown").getText();
    }

    /** Whether the Approve button shows: the user may decide on the claim as it is now. */
    public boolean mayApprove() {
        return all("#review-approve").stream().anyMatch(WebElement::isDisplayed);
    }

    public ReviewPanel submit() {
        return act("#review-submit");
    }

    public ReviewPanel approve() {
        return act("#review-approve");
    }

    /** Requests changes with the reason chosen by its label and a comment, through the reason dialog. */
    public ReviewPanel requestChanges(String reasonLabel, String comment) {
        click("#review-request-changes");
        click("#review-reason");
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === arguments[0]);
                if (!item) return false;
                item.click();
                return true;
                """, reasonLabel)));
        type("#review-comment", comment);
        waitForVaadin();
        return act("#review-confirm");
    }

    /** Opens the History tab and returns its text once it shows {@code expected}. */
    public String history(String expected) {
        ((JavascriptExecutor) driver).executeScript("""
                const tab = [...document.querySelectorAll('vaadin-tab')].find(t => t.textContent.trim() === 'History');
                tab.click();
                """);
        waiting().withMessage(() -> "history showing " + expected)
                .until(d -> find("#claim-history").getText().contains(expected));
        return find("#claim-history").getText();
    }

    private ReviewPanel act(String css) {
        waitForVaadin();
        click(css);
        waitForVaadin();
        return this;
    }
}
