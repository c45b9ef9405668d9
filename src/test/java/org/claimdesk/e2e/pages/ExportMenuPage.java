package org.claimdesk.e2e.pages;

import org.openqa.selenium.WebDriver;

/** An export button and its menu (search view, reader, article list), identified by the menu's id. */
public class ExportMenuPage extends Page {

    private final String id;

    public ExportMenuPage(WebDriver driver, String id) {
        super(driver);
        this.id = id;
    }

    public boolean present() {
        waitForVaadin();
        return !all("#" + id + "-open").isEmpty();
    }

    /** Opens the menu: its options and download links. */
    public ExportMenuPage open() {
        click("#" + id + "-open");
        visible("#" + id + "-bom");
        return this;
    }

    /** Clicks the open menu's download link of {@code extension} ("csv"); the browser downloads the file. */
    public ExportMenuPage download(String extension) {
        click("#" + id + "-" + extension);
        return this;
    }

    /** Turns the "Excel-friendly" byte-order mark option on or off (the menu must be open). */
    public ExportMenuPage byteOrderMark(boolean on) {
        if (Boolean.parseBoolean(find("#" + id + "-bom").getDomProperty("checked")) != on) {
            click("#" + id + "-bom");
        }
        waitForVaadin();
        return this;
    }

    /** Waits until the menu's progress line says {@code text}, and returns it. */
    public String awaitProgress(String text) {
        waiting().withMessage(() -> "export progress '" + text + "'")
                .until(d -> find("#" + id + "-progress").getText().contains(text));
        return find("#" + id + "-progress").getText();
    }
}
