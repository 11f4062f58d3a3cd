package vn.chidao.organization;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts shown to users outside the pages: API errors, e-mails. Each module ships a bundle
 * {@code i18n/<module>_vi.properties} and {@code _en}; Vietnamese is the default language.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> BUNDLES = List.of(
            "i18n.organization", "i18n.plan", "i18n.tasks", "i18n.reporting", "i18n.notification", "i18n.app");
    // Without this, a missing Vietnamese text would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
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
