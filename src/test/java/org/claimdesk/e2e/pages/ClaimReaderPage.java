package org.claimdesk.e2e.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The reader with the highlighter and the claim panel. */
public class ClaimReaderPage extends ReaderPage {

    public ClaimReaderPage(WebDriver driver) {
        super(driver);
    }

    public static ClaimReaderPage open(WebDriver driver, String url) {
        driver.get(url);
        ClaimReaderPage page = new ClaimReaderPage(driver);
        page.find("claim-highlighter .hl-p");
        page.waitForVaadin();
        return page;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /**
     * JavaScript that finds the first occurrence of {@code arguments[0]} in the article and defines
     * {@code first} and {@code last}: the text node and UTF-16 range of its first and last character.
     */
    private static final String FIND_QUOTE = """
            const hl = document.querySelector('claim-highlighter');
            const text = hl.text;
            const at = text.indexOf(arguments[0]);
            if (at < 0) throw new Error('quote not in article: ' + arguments[0]);
            const cpStart = Array.from(text.slice(0, at)).length;
            const cpEnd = cpStart + Array.from(arguments[0]).length;
            const point = (cp) => {
              for (const seg of hl.querySelectorAll('[data-start][data-end].hl-seg')) {
                const s = Number(seg.dataset.start), e = Number(seg.dataset.end);
                if (cp >= s && cp < e) {
                  const node = [...seg.childNodes].find(n => n.nodeType === Node.TEXT_NODE);
                  const chars = Array.from(node.textContent);
                  const unitStart = chars.slice(0, cp - s).join('').length;
                  return { node, from: unitStart, to: unitStart + chars[cp - s].length };
                }
              }
              throw new Error('no piece holds ' + cp);
            };
            const first = point(cpStart), last = point(cpEnd - 1);
            first.node.parentElement.scrollIntoView({ block: 'center' });
            """;

    /**
     * Selects the first occurrence of {@code quote} in the article with the mouse: presses the button on
     * the quote's first character and releases it on its last, as a person would drag.
     */
    @SuppressWarnings("unchecked")
    public ClaimReaderPage selectWithMouse(String quote) {
        Map<String, Number> box = (Map<String, Number>) js().executeScript(FIND_QUOTE + """
                const r1 = document.createRange(); r1.setStart(first.node, first.from); r1.setEnd(first.node, first.to);
                const r2 = document.createRange(); r2.setStart(last.node, last.from); r2.setEnd(last.node, last.to);
                const a = r1.getClientRects()[0], b = r2.getClientRects()[r2.getClientRects().length - 1];
                return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
                """, quote);
        new Actions(driver)
                .moveToLocation(box.get("x1").intValue(), box.get("y1").intValue())
                .clickAndHold()
                .moveToLocation(box.get("x2").intValue(), box.get("y2").intValue())
                .release()
                .perform();
        waitForText("Selected:");
        waitForVaadin();
        return this;
    }

    /**
     * Selects the first occurrence of {@code quote} as a long-press on a touch screen leaves it: the
     * browser's selection changes (firing {@code selectionchange}) and no mouse or key event follows.
     * Waits until the panel shows the selection.
     */
    public ClaimReaderPage selectWithoutMouse(String quote) {
        js().executeScript(FIND_QUOTE + """
                const range = document.createRange();
                range.setStart(first.node, first.from);
                range.setEnd(last.node, last.to);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                """, quote);
        waitForText("Selected: “" + quote.replace('\n', ' '));
        waitForVaadin();
        return this;
    }

    /** On a touch screen: taps the "New claim" button that floats below the selection, and waits for the editor. */
    public ClaimReaderPage tapFloatingNewClaim() {
        click("claim-highlighter .hl-floating-create");
        visible("#claim-save");
        waitForVaadin();
        return this;
    }

    /** The {@code lang} and {@code dir} attributes of the article's text, and the direction its first paragraph runs in. */
    public List<String> textLanguageAndDirection() {
        WebElement text = find("claim-highlighter");
        String paragraphDirection = (String) js().executeScript(
                "return getComputedStyle(document.querySelector('claim-highlighter p.hl-p')).direction");
        return List.of(text.getDomAttribute("lang"), text.getDomAttribute("dir"), paragraphDirection);
    }

    /** What the panel says about the current selection. */
    public String selectionHint() {
        return find(".selection-hint").getText();
    }

    /** Presses the create shortcut {@code c} and waits for the editor. */
    public ClaimReaderPage pressCreateShortcut() {
        new Actions(driver).sendKeys("c").perform();
        visible("#claim-save");
        waitForVaadin();
        return this;
    }

    /** Types a name that is not in the registry into the speaker field and adds the speaker from the dialog. */
    public ClaimReaderPage addNewSpeaker(String name) {
        WebElement input = find("#claim-speaker input");
        input.click();
        input.sendKeys(name);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        click("#add-speaker");
        waiting().until(d -> d.findElements(By.cssSelector("#add-speaker")).isEmpty());
        waitForVaadin();
        return this;
    }

    /** Types into the editor's note; the caret stays in it. */
    public ClaimReaderPage typeNote(String text) {
        type("#claim-note", text);
        return this;
    }

    public String noteValue() {
        return find("#claim-note textarea").getDomProperty("value");
    }

    public ClaimReaderPage typeConfidence(String text) {
        type("#claim-confidence", text);
        waitForVaadin();
        return this;
    }

    public String confidenceValue() {
        return find("#claim-confidence input").getDomProperty("value");
    }

    /** The keyboard the confidence field asks phones for. */
    public String confidenceInputMode() {
        return find("#claim-confidence input").getDomAttribute("inputmode");
    }

    /** Waits until the field is marked invalid with a message, and returns the message. */
    public String waitForFieldError(String fieldCss) {
        waiting().withMessage(() -> "an error at " + fieldCss).until(d -> {
            WebElement field = find(fieldCss);
            return field.getDomAttribute("invalid") != null && !errorMessageOf(fieldCss).isBlank();
        });
        return errorMessageOf(fieldCss);
    }

    private String errorMessageOf(String fieldCss) {
        return find(fieldCss + " > [slot='error-message']").getText();
    }

    /** Presses Esc where the keyboard focus is. */
    public ClaimReaderPage pressEscape() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        return this;
    }

    /** Answers "Keep editing" and waits until the question has gone. */
    public ClaimReaderPage keepEditing() {
        click("#keep-editing");
        waiting().until(d -> d.findElements(By.cssSelector("#keep-editing")).isEmpty());
        waitForVaadin();
        return this;
    }

    /** Answers "Discard" and waits until the editor has closed. */
    public ClaimReaderPage discardDraft() {
        click("#confirm-discard");
        waiting().until(d -> d.findElements(By.cssSelector("#confirm-discard")).isEmpty()
                && d.findElements(By.cssSelector("#claim-save")).stream().noneMatch(WebElement::isDisplayed));
        waitForVaadin();
        return this;
    }

    public boolean editorOpen() {
        return all(".claim-editor").stream().anyMatch(WebElement::isDisplayed);
    }

    public ClaimReaderPage saveClaim() {
        click("#claim-save");
        waitForVaadin();
        return this;
    }

    public String speakerValue() {
        return find("#claim-speaker input").getDomProperty("value");
    }

    /** The ids of the claims the highlighter shows marks for. */
    @SuppressWarnings("unchecked")
    public List<Long> markedClaimIds() {
        return (List<Long>) js().executeScript("""
                const ids = new Set();
                document.querySelectorAll('claim-highlighter .hl-mark').forEach(m =>
                  m.dataset.claims.split(' ').forEach(id => ids.add(Number(id))));
                return [...ids].sort((a, b) => a - b);
                """);
    }

    /** The passage drawn as the one a new claim is being written for. */
    public String pendingText() {
        waiting().until(d -> !d.findElements(By.cssSelector("claim-highlighter .hl-pending")).isEmpty());
        return (String) js().executeScript("""
                return [...document.querySelectorAll('claim-highlighter .hl-pending')].map(m => m.textContent).join('');
                """);
    }

    /** The text a claim's marks cover, joined in order. */
    public String markedText(long claimId) {
        return (String) js().executeScript("""
                return [...document.querySelectorAll('claim-highlighter .hl-mark')]
                  .filter(m => m.dataset.claims.split(' ').includes(String(arguments[0])))
                  .map(m => m.textContent).join('');
                """, claimId);
    }

    /** Clicks the first piece of text covered only by this claim. */
    public ClaimReaderPage clickOwnPartOf(long claimId) {
        WebElement piece = (WebElement) js().executeScript("""
                return [...document.querySelectorAll('claim-highlighter .hl-mark')]
                  .find(m => m.dataset.claims === String(arguments[0]));
                """, claimId);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", piece);
        piece.click();
        waitForVaadin();
        return this;
    }

    /** Clicks a piece covered by several claims; the highlighter offers a choice. */
    public List<String> clickOverlap() {
        WebElement piece = (WebElement) js().executeScript("""
                return [...document.querySelectorAll('claim-highlighter .hl-mark')]
                  .find(m => m.dataset.claims.includes(' '));
                """);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", piece);
        piece.click();
        return visible("claim-highlighter .hl-chooser").findElements(By.tagName("button")).stream()
                .map(WebElement::getText).toList();
    }

    public int claimCount() {
        String text = find(".claim-count").getText();
        return Integer.parseInt(text.replaceAll("\\D+", ""));
    }

    public String presence() {
        return find("#presence").getText();
    }

    public String editorHeading() {
        return find(".claim-editor h3").getText();
    }

    /**
     * Waits until the editor shows the claim with this quote and type (it is filled after a round trip), and
     * returns its heading.
     */
    public String waitForEditorShowing(String quote, String typeLabel) {
        waiting().withMessage(() -> "editor showing “" + quote + "” as " + typeLabel + ", not “"
                        + find(".claim-editor .claim-quote").getText() + "” as " + editorType())
                .until(d -> quote.equals(find(".claim-editor .claim-quote").getText()) && editorType().contains(typeLabel));
        return editorHeading();
    }

    /** The claim type the editor's select shows. */
    public String editorType() {
        return find("#claim-type > [slot='value']").getText();
    }

    /** Clicks the row of the claim list that shows {@code text}. */
    public ClaimReaderPage chooseInList(String text) {
        waiting().until(d -> !rowsContaining(text).isEmpty());
        WebElement row = rowsContaining(text).getFirst();
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        row.click();
        waitForVaadin();
        return this;
    }

    private List<WebElement> rowsContaining(String text) {
        return driver.findElements(By.cssSelector("#claim-list .claim-row")).stream()
                .filter(row -> row.getText().contains(text)).toList();
    }

    /**
     * Waits until the claim list has a row with {@code text}, scrolls it into view (on a phone the list sits
     * above the editor) and returns the row as shown.
     */
    public String waitForListedClaim(String text) {
        WebElement row = waiting().withMessage(() -> "a claim list row with " + text).until(d ->
                d.findElements(By.cssSelector("#claim-list .claim-row")).stream()
                        .filter(r -> r.getDomProperty("textContent").contains(text)).findFirst().orElse(null));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        return row.getText();
    }

    /** The rows of the claim list, as shown. */
    public List<String> listedClaims() {
        return all("#claim-list .claim-row").stream().map(WebElement::getText).toList();
    }

    /** Claims whose marks are flashing now. */
    @SuppressWarnings("unchecked")
    public List<Long> flashingClaimIds() {
        waiting().until(d -> !d.findElements(By.cssSelector("claim-highlighter .hl-flash")).isEmpty());
        return (List<Long>) js().executeScript("""
                return [...new Set([...document.querySelectorAll('claim-highlighter .hl-flash')]
                  .flatMap(m => m.dataset.claims.split(' ').map(Number)))];
                """);
    }

    /** Claims whose marks are outlined as selected. */
    @SuppressWarnings("unchecked")
    public List<Long> selectedClaimIds() {
        return (List<Long>) js().executeScript("""
                return [...new Set([...document.querySelectorAll('claim-highlighter .hl-selected')]
                  .flatMap(m => m.dataset.claims.split(' ').map(Number)))];
                """);
    }

    /** Deletes the claim shown in the editor, confirming in the dialog. */
    public ClaimReaderPage deleteShownClaim() {
        click("#claim-delete");
        click("#confirm-delete");
        waitForVaadin();
        return this;
    }

    /** On the speakers view: filters to {@code duplicate}, merges it into the speaker found by {@code keep}. */
    public void mergeSpeaker(String duplicate, String keep) {
        filterGrid("#speaker-filter", "#speaker-grid", duplicate);
        waiting().until(d -> !d.findElements(By.cssSelector(".merge-speaker[data-speaker='" + duplicate + "']")).isEmpty());
        click(".merge-speaker[data-speaker='" + duplicate + "']");
        WebElement input = find("#merge-survivor input");
        input.sendKeys(keep);
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty()
                && d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().contains(keep)));
        driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().contains(keep)).findFirst().orElseThrow().click();
        waitForVaadin();
        click("#merge-confirm");
        waitForVaadin();
    }
}
