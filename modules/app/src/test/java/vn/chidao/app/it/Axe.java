package vn.chidao.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Accessibility as axe-core measures it (Deque's axe.min.js, shipped in their Selenium artifact), run in the page the
 * browser shows: the violations of WCAG 2.1 A and AA rules, each with its impact and the first elements it found.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** The serious and critical violations on the page as shown now, one line each ("color-contrast: … at #id"). */
    static List<String> seriousViolations(Browser browser) {
        browser.script(SOURCE + "\n;window.__axeLoaded = true;");
        Object answer = browser.asyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(answer);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        return violations.getValuesAs(JsonObject.class).stream()
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> v.getString("id") + " (" + v.getString("impact") + "): " + v.getString("help") + " at "
                        + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().limit(3)
                        .map(n -> n.getJsonArray("target").toString()).toList())
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
