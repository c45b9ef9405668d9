package org.claimdesk.export.internal;

import java.io.IOException;
import org.claimdesk.claims.ClaimRecord;

/** Writes claims in one format, one at a time, to a stream it was opened on. */
public interface ClaimWriter {

    void write(ClaimRecord record) throws IOException;

    /** Ends the file (closing brackets, buffered bytes) without closing the stream. */
    void finish() throws IOException;
}
