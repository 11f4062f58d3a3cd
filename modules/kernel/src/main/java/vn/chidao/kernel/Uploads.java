package vn.chidao.kernel;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file read into memory, refused (with the field named) once it passes its limit rather than read to the end. */
public final class Uploads {

    private Uploads() {
    }

    /** The file's bytes; over {@code maxBytes}, a refusal with {@code messageKey} and the limit in MB. */
    public static byte[] readAtMost(InputStream in, long maxBytes, String messageKey) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw RuleViolation.invalid("file", messageKey, maxBytes / (1024 * 1024));
            }
            return bytes;
        }
    }
}
