package vn.chidao.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.primefaces.model.file.UploadedFile;

/** A file chosen on a page, read whole when it is there and within its limit; otherwise the page says why and gets null. */
final class Uploaded {

    private Uploaded() {
    }

    static byte[] read(UploadedFile file, long maxBytes, String tooLargeKey, Object... tooLargeArguments) {
        if (file == null || file.getSize() == 0) {
            Feedback.error("import.fileRequired");
            return null;
        }
        if (file.getSize() > maxBytes) {
            Feedback.error(tooLargeKey, tooLargeArguments);
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
