package vn.chidao.reporting.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The reports' Vietnamese-complete font (Liberation Serif, from the report templates' font extension), for signature blocks. */
public final class Fonts {

    private static final String REGULAR = "reports/fonts/LiberationSerif-Regular.ttf";
    private static volatile byte[] regular;

    private Fonts() {
    }

    public static byte[] regular() {
        byte[] bytes = regular;
        if (bytes == null) {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(REGULAR)) {
                if (in == null) {
                    throw new IllegalStateException(REGULAR + " is missing from the reporting module");
                }
                bytes = in.readAllBytes();
                regular = bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }
}
