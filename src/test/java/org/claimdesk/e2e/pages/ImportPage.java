package org.claimdesk.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The import view: what to do, the file, the report. */
public class ImportPage extends AppPage {

    public ImportPage(WebDriver driver) {
        super(driver);
    }

    public static ImportPage open(WebDriver driver, String url) {
        driver.get(url);
        ImportPage page = new ImportPage(driver);
        page.find("#import-upload");
        page.waitForVaadin();
        return page;
    }

    /** Picks the option whose label starts with {@code label} ("Dry run", "Import all"…). */
    public ImportPage choose(String label) {
        WebElement option = waiting().until(d -> d.findElements(By.cssSelector("#import-mode vaadin-radio-button"))
                .stream().filter(r -> r.getText().startsWith(label)).findFirst().orElse(null));
        option.click();
        waiting().until(d -> option.getDomAttribute("checked") != null);
        waitForVaadin();
        return this;
    }

    /** Chooses the file as the file dialog would and waits until the report shows {@code expected}. */
    public ImportPage upload(Path file, String expected) {
        find("#import-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> summary().contains(expected));
        waitForVaadin();
        return this;
    }

    public String summary() {
        return find("#import-summary").getText();
    }

    /** The reasons the report's grid lists, as shown. */
    public String problems() {
        return find("#import-problems").getText();
    }
}
