package org.claimdesk.export.internal;

/** A file that cannot be imported at all; the message says why, for the person importing. */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }
}
