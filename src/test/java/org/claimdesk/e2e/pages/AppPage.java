package org.claimdesk.e2e.pages;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The main layout around every signed-in view: navigation, the signed-in user, sign-out. */
public class AppPage extends Page {

    public AppPage(WebDriver driver) {
        super(driver);
    }

    public String currentUser() {
        return find("#current-user").getText();
    }

    public String currentRole() {
        return find("#current-role").getText();
    }

    public List<String> navigation() {
        return all("vaadin-side-nav-item").stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Whether the navigation drawer is open (on a phone it overlays the page). */
    public boolean menuOpen() {
        return find("vaadin-app-layout").getDomAttribute("drawer-opened") != null;
    }

    /** Waits for the drawer to settle closed, as it does on a phone, and returns this page. */
    public AppPage menuClosed() {
        waiting().until(d -> !menuOpen());
        return this;
    }

    /** Opens the navigation drawer and waits until it has slid in: sign-out can then be clicked where it is. */
    public void openMenu() {
        click("vaadin-drawer-toggle");
        waiting().until(d -> menuOpen());
        waitForVaadin();
        waitUntilReachable("#sign-out");
    }

    /**
     * On a phone: follows the navigation entry {@code label} from the open drawer, then waits until the drawer has
     * slid shut and handed the focus back to its toggle (it does so only when its transition ends; typing before
     * that would lose the keys to the toggle).
     */
    public void navigateFromMenu(String label) {
        waiting().until(d -> navigation().contains(label));
        all("vaadin-side-nav-item").stream().filter(item -> item.getText().strip().equals(label)).findFirst()
                .orElseThrow().click();
        menuClosed();
        waiting().withMessage(() -> "focus back on the drawer toggle").until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return document.activeElement && document.activeElement.localName === 'vaadin-drawer-toggle'")));
        waitForVaadin();
    }

    /** Whether the sign-out button can be clicked where it is now (on screen, nothing over it). */
    public boolean signOutReachable() {
        return isReachable("#sign-out");
    }

    public LoginPage signOut() {
        click("#sign-out");
        return LoginPage.expectRedirect(driver);
    }

    public ArticleListPage articles() {
        ArticleListPage page = new ArticleListPage(driver);
        page.find("#article-grid");
        page.waitForVaadin();
        return page;
    }

    /** On the user admin view: shows only accounts whose name contains {@code text}. */
    public void filterUsers(String text) {
        filterGrid("#user-filter", "#user-grid", text);
    }

    /** On the user admin view: opens "New user", fills the dialog and creates the account. */
    public void fillNewUser(String username, String name, String password) {
        click("#new-user");
        type("#new-user-username", username);
        type("#new-user-name", name);
        type("#new-user-password", password);
        click("#new-user-create");
        waitForVaadin();
    }

    /**
     * On the user admin view: shows the account (waiting for its row) and returns the text of its sign-in
     * lock badge, or "" when it has none.
     */
    public String lockBadgeOf(String username) {
        filterUsers(username);
        find("vaadin-button[aria-label='Disable " + username + "'], vaadin-button[aria-label='Enable " + username + "']");
        return all(".sign-in-locked[data-user='" + username + "']").stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining());
    }

    /** On the user admin view: gives the account another role from its role menu and waits for the confirmation. */
    public void changeRole(String username, String roleLabel) {
        filterUsers(username);
        click(".role-select[data-user='" + username + "']");
        waiting().until(d -> all("vaadin-select-item").stream().anyMatch(i -> i.getText().strip().equals(roleLabel)));
        all("vaadin-select-item").stream().filter(i -> i.getText().strip().equals(roleLabel)).findFirst().orElseThrow()
                .click();
        waitForText(username + " is now " + roleLabel + ".");
    }

    /** On the user admin view: unlocks the shown account and waits for the confirmation. */
    public void unlockUser(String username) {
        click(".unlock-user[data-user='" + username + "']");
        waitForText(username + " may sign in again.");
    }
}
