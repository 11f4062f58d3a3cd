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
}
