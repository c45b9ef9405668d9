package org.claimdesk.base.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload is read up to its limit and no further, whatever the request says or sends. */
class BoundedUploadTest {

    /** A request body that never ends, counting what was read of it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }
    }

    @Test
    void a_body_without_end_is_refused_after_one_byte_more_than_the_limit() throws IOException {
        Endless body = new Endless();

        assertThat(BoundedUpload.readAtMost(body, 1_000)).isEmpty();
        assertThat(body.read).isEqualTo(1_001);
    }

    @Test
    void a_file_of_exactly_the_limit_comes_through_whole() throws IOException {
        byte[] file = new byte[1_000];
        file[999] = 7;

        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(file), 1_000)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(file));
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[1_001]), 1_000)).isEmpty();
    }
}
