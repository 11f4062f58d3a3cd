package vn.chidao.plan;

import java.util.Map;
import java.util.Optional;

import vn.chidao.kernel.Words;

/** The pillars (trụ cột) every target and task belongs to. */
public enum Pillar {
    /** Hạ tầng số. */
    DIGITAL_INFRASTRUCTURE,
    /** Chính quyền số. */
    DIGITAL_GOVERNMENT,
    /** Kinh tế số. */
    DIGITAL_ECONOMY,
    /** Xã hội số. */
    DIGITAL_SOCIETY,
    /** An toàn thông tin. */
    INFORMATION_SECURITY;

    /** The words plans use for each pillar, as {@link Words#plain} writes them. */
    private static final Map<String, Pillar> WRITTEN = Map.of(
            "ha tang so", DIGITAL_INFRASTRUCTURE,
            "chinh quyen so", DIGITAL_GOVERNMENT,
            "chinh phu so", DIGITAL_GOVERNMENT,
            "kinh te so", DIGITAL_ECONOMY,
            "xa hoi so", DIGITAL_SOCIETY,
            "an toan thong tin", INFORMATION_SECURITY,
            "an ninh mang", INFORMATION_SECURITY);

    /** The pillar a heading or cell names ("II. KINH TẾ SỐ", "Hạ tầng số"), if it names exactly one. */
    public static Optional<Pillar> named(String text) {
        String plain = Words.plain(text == null ? "" : text);
        var found = WRITTEN.entrySet().stream().filter(e -> plain.contains(e.getKey())).map(Map.Entry::getValue).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
