package vn.chidao.kernel;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared as people type it: with or without diacritics, in any case, with any spacing. */
public final class Words {

    private Words() {
    }

    /** Lower case, diacritics dropped ("Đơn vị chủ trì" → "don vi chu tri"), runs of white space made one space. */
    public static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static final java.text.Collator VIETNAMESE = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));

    /**
     * Names in Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the letter): "Đài …" after "Dân …",
     * "Ủy ban …" among the U, "Văn phòng …" before "Viettel" — not in character-code order, which puts Đ and Ủ last.
     */
    public static java.util.Comparator<String> vietnameseOrder() {
        return (a, b) -> VIETNAMESE.compare(a == null ? "" : a, b == null ? "" : b);
    }
}
