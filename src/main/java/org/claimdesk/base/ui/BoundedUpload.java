package org.claimdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Uploads kept in memory up to a limit that the server enforces. An {@code Upload}'s own size limit is checked by
 * the browser only, and a forged request skips it: this handler reads at most one byte more than the limit and
 * refuses the file if it gets that byte, so no request holds more memory than the limit.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * Runs {@code onFile} in the upload's UI with the file's bytes, or {@code onTooLarge} when the file has more than
     * {@code maxBytes}.
     */
    public static UploadHandler inMemory(int maxBytes, InMemoryUploadCallback onFile, Runnable onTooLarge) {
        return event -> {
            Optional<byte[]> bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = readAtMost(in, maxBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            UI ui = event.getUI();
            if (bytes.isEmpty()) {
                event.reject("The file is larger than the limit.");
                ui.access(onTooLarge::run);
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), event.getFileSize());
            ui.access(() -> {
                try {
                    onFile.complete(metadata, bytes.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    /** The stream's bytes if there are at most {@code maxBytes}; empty, having read {@code maxBytes + 1}, if not. */
    static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
