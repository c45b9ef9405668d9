package org.claimdesk.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Keeps a screenshot of the browser when a browser test fails, under target/screenshots. */
class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (!(BrowserTest.driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]+", "_") + ".png";
            Files.write(dir.resolve(name), camera.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
