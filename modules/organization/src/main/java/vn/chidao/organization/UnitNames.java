package vn.chidao.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.chidao.kernel.Words;

/**
 * Finds a unit by what a spreadsheet calls it: its full name, short name, code or an alias
 * ("Sở TT&TT"), ignoring case, diacritics and the spaces around "&"; and a group by its name — one the
 * installation named, or one of the kinds plans name every day.
 */
public final class UnitNames {

    private final Map<String, List<UnitView>> byName = new HashMap<>();
    private final Map<String, List<UnitView>> byExactName = new HashMap<>();
    private final List<UnitView> all;
    private final Map<String, UnitGroupView> named = new HashMap<>();

    /**
     * The groups plans name every day, as the units of one kind: "các sở, ban, ngành", "UBND các huyện, thị xã,
     * thành phố", "UBND các xã, phường", "các doanh nghiệp viễn thông".
     */
    private static final Map<String, UnitKind> GROUPS = Map.ofEntries(
            Map.entry("cac so, ban, nganh", UnitKind.PROVINCIAL_DEPARTMENT),
            Map.entry("cac so ban nganh", UnitKind.PROVINCIAL_DEPARTMENT),
            Map.entry("cac so, nganh", UnitKind.PROVINCIAL_DEPARTMENT),
            Map.entry("cac so, ban, nganh tinh", UnitKind.PROVINCIAL_DEPARTMENT),
            Map.entry("cac co quan chuyen mon thuoc ubnd tinh", UnitKind.PROVINCIAL_DEPARTMENT),
            Map.entry("ubnd cac huyen, thi xa, thanh pho", UnitKind.DISTRICT),
            Map.entry("ubnd cac huyen, thanh pho", UnitKind.DISTRICT),
            Map.entry("ubnd cac huyen, thi xa", UnitKind.DISTRICT),
            Map.entry("ubnd cap huyen", UnitKind.DISTRICT),
            Map.entry("ubnd cac xa, phuong", UnitKind.COMMUNE),
            Map.entry("ubnd cac xa, phuong, thi tran", UnitKind.COMMUNE),
            Map.entry("ubnd cap xa", UnitKind.COMMUNE),
            Map.entry("cac doanh nghiep vien thong", UnitKind.PARTNER),
            Map.entry("cac doanh nghiep vien thong tren dia ban tinh", UnitKind.PARTNER));

    public UnitNames(List<UnitView> units) {
        this(units, List.of());
    }

    /** Units and the groups the installation has named ({@link Organization#groups()}), which come before the kinds. */
    public UnitNames(List<UnitView> units, List<UnitGroupView> groups) {
        for (UnitGroupView group : groups) {
            named.put(key(group.name()), group);
        }
        this.all = List.copyOf(units);
        for (UnitView unit : units) {
            List<String> names = new ArrayList<>(unit.aliases());
            names.add(unit.name());
            names.add(unit.code());
            if (unit.shortName() != null) {
                names.add(unit.shortName());
            }
            for (String name : names) {
                for (List<UnitView> known : List.of(byName.computeIfAbsent(key(name), k -> new ArrayList<>()),
                        byExactName.computeIfAbsent(exactKey(name), k -> new ArrayList<>()))) {
                    if (known.stream().noneMatch(u -> u.id().equals(unit.id()))) {
                        known.add(unit);
                    }
                }
            }
        }
    }

    /** The units of a group the text names ("các sở, ban, ngành"), active on {@code day}; empty when it names no group. */
    public List<UnitView> group(String text, java.time.LocalDate day) {
        UnitGroupView group = named.get(key(text));
        if (group != null) {
            return all.stream().filter(u -> group.members().contains(u.id()) && u.activeOn(day)).toList();
        }
        UnitKind kind = GROUPS.get(key(text));
        return kind == null ? List.of() : all.stream().filter(u -> u.kind() == kind && u.activeOn(day)).toList();
    }

    /** Whether the text names a group ("UBND các xã, phường"), whether or not it has units yet. */
    public boolean isGroup(String text) {
        return named.containsKey(key(text)) || GROUPS.containsKey(key(text));
    }

    /** The one unit of that name; empty when none or several carry it. */
    public List<UnitView> find(String text) {
        // "Xã Lộc Thành" and "Xã Lộc Thạnh" are two communes: diacritics decide when they are written
        List<UnitView> exact = byExactName.getOrDefault(exactKey(text), List.of());
        return exact.isEmpty() ? byName.getOrDefault(key(text), List.of()) : exact;
    }

    /**
     * Splits a list of unit names written as plans write them — separated by commas, semicolons or
     * line breaks — where a name may itself hold a comma ("Sở Văn hóa, Thể thao và Du lịch"): the
     * longest run of comma-separated pieces that names a unit wins. Each element is a name as
     * written; {@link #find} then tells which unit it is, if any.
     */
    public List<String> split(String names) {
        List<String> result = new ArrayList<>();
        for (String part : names.split("[;\\n]+")) {
            String[] pieces = part.split(",");
            int i = 0;
            while (i < pieces.length) {
                int end = i;
                for (int j = pieces.length - 1; j > i; j--) {
                    if (!find(String.join(",", java.util.Arrays.copyOfRange(pieces, i, j + 1))).isEmpty()) {
                        end = j;
                        break;
                    }
                }
                String name = String.join(",", java.util.Arrays.copyOfRange(pieces, i, end + 1)).strip();
                if (!name.isEmpty()) {
                    result.add(name);
                }
                i = end + 1;
            }
        }
        return result;
    }

    /** A name as compared when written with its diacritics: any case, any Unicode form, any spacing. */
    public static String exactKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("\\s*&\\s*", "&").replaceAll("[.,;:]+$", "").strip();
    }

    /** A name as compared without its diacritics, for names typed without them ("So Tai chinh"). */
    public static String key(String name) {
        return Words.plain(name).replaceAll("\\s*&\\s*", "&").replaceAll("[.,;:]+$", "").strip();
    }

}
