package vn.chidao.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the demo data files every module ships under {@code demo/<module>/}: UTF-8, one record a
 * line, cells separated by ";", lines starting with "#" are comments. A malformed line stops the
 * start-up with its text, rather than loading half a demo.
 */
public final class DemoFiles {

    private DemoFiles() {
    }

    public static List<String[]> rows(String resource, int columns) {
        InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Demo data file missing: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
                }
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
