package vn.chidao.notification.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.chidao.kernel.Messages;
import vn.chidao.notification.NoticeKind;

/**
 * Writes notices in the reader's language from the notification bundle. Every value that comes
 * from data (titles, names, reasons) is escaped in the HTML, and the subject is kept on one line so
 * a title with line breaks cannot add mail headers.
 */
public final class Letters {

    private static final int SUBJECT_MAX = 250;

    private Letters() {
    }

    /**
     * @param headline the facts the kind's first sentence names ({0}, {1}… in {@code ntf.<KIND>.intro})
     * @param fields   labelled lines under it, by bundle key of the label (task, unit, deadline…), in order
     * @param link     where to read more, or null
     */
    public static Letter write(NoticeKind kind, Locale language, List<Object> headline, Map<String, Object> fields, String link) {
        return write(kind, language, headline, fields, link, null);
    }

    /** As {@link #write(NoticeKind, Locale, List, Map, String)}, signed by {@code sender} (the committee's name) when given. */
    public static Letter write(NoticeKind kind, Locale language, List<Object> headline, Map<String, Object> fields, String link,
                               String sender) {
        String subject = oneLine(Messages.text(language, "ntf." + kind.name() + ".subject", headline.toArray()));
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        String intro = Messages.text(language, "ntf." + kind.name() + ".intro", headline.toArray());
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;max-width:640px;overflow-wrap:anywhere\">")
                .append("<p>").append(escape(intro).replace("\n", "<br>")).append("</p><table cellpadding=\"4\">");
        List<String> lines = new ArrayList<>();
        fields.forEach((label, value) -> {
            if (value != null) {
                String shown = value instanceof LocalDate day ? Messages.text(language, "ntf.date", day) : value.toString();
                String name = Messages.text(language, "ntf.field." + label);
                lines.add(name + ": " + shown);
                html.append("<tr><th align=\"left\">").append(escape(name)).append("</th><td>")
                        .append(escape(shown).replace("\n", "<br>")).append("</td></tr>");
            }
        });
        text.append(String.join("\n", lines));
        html.append("</table>");
        if (link != null) {
            String open = Messages.text(language, "ntf.open");
            text.append("\n\n").append(open).append(": ").append(link);
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append("</a></p>");
        }
        String footer = sender == null ? Messages.text(language, "ntf.footer") : Messages.text(language, "ntf.footer.from", sender);
        text.append("\n\n-- \n").append(footer);
        html.append("<hr><p style=\"color:#666;font-size:12px\">").append(escape(footer)).append("</p></body></html>");
        return new Letter(subject, text.toString(), html.toString());
    }

    public static String date(Locale language, LocalDate day) {
        return Messages.text(language, "ntf.date", day);
    }

    /** Line breaks and tabs become spaces: a subject is one header line. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
