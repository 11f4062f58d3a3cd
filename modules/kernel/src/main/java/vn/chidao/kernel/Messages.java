package vn.chidao.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts shown to users outside the pages: API errors, e-mails. Each module ships a bundle
 * {@code i18n/<module>_vi.properties} and {@code _en}, and names it in {@code META-INF/chidao/messages}
 * (one line: {@code i18n.<module>}); every bundle so named on the class path is read, in class-path
 * order. Vietnamese is the default language.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String BUNDLE_NAMES = "META-INF/chidao/messages";
    private static final List<String> BUNDLES = bundles(Messages.class.getClassLoader());
    // Without this, a missing Vietnamese text would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The bundles every module names in its {@code META-INF/chidao/messages}. */
    static List<String> bundles(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL file : Collections.list(loader.getResources(BUNDLE_NAMES))) {
                try (InputStream in = file.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLE_NAMES, e);
        }
        return List.copyOf(names);
    }

    /** Days print as the Vietnamese administration writes them: 01/03/2025. */
    private static Object[] readable(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof LocalDate day) {
                copy[i] = DAY.format(day);
            }
        }
        return copy;
    }

    /** The supported language closest to {@code requested}: English or Vietnamese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The language to answer in for an {@code Accept-Language} header; Vietnamese when it names neither. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), List.of(VIETNAMESE, Locale.ENGLISH));
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(readable(arguments));
                }
            } catch (MissingResourceException notThisModule) {
                // that module has no texts yet
            }
        }
        return key;
    }
}
