package vn.chidao.tasks.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.chidao.kernel.Words;
import vn.chidao.organization.UnitKind;
import vn.chidao.organization.UnitView;

/**
 * Finds a unit by what a spreadsheet calls it: its full name, short name, code or an alias
 * ("Sở TT&TT"), ignoring case, diacritics and the spaces around "&".
 */
public final class UnitNames {

    private final Map<String, List<UnitView>> byName = new HashMap<>();
    private final List<UnitView> all;

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
        this.all = List.copyOf(units);
        for (UnitView unit : units) {
            List<String> names = new ArrayList<>(unit.aliases());
            names.add(unit.name());
            names.add(unit.code());
            if (unit.shortName() != null) {
                names.add(unit.shortName());
            }
            for (String name : names) {
                List<UnitView> known = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
                if (known.stream().noneMatch(u -> u.id().equals(unit.id()))) {
                    known.add(unit);
                }
            }
        }
    }

    /** The units of a group the text names ("các sở, ban, ngành"), active on {@code day}; empty when it names no group. */
    public List<UnitView> group(String text, java.time.LocalDate day) {
        UnitKind kind = GROUPS.get(key(text));
        return kind == null ? List.of() : all.stream().filter(u -> u.kind() == kind && u.activeOn(day)).toList();
    }

    /** Whether the text names a group ("UBND các xã, phường"), whether or not it has units yet. */
    public boolean isGroup(String text) {
        return GROUPS.containsKey(key(text));
    }

    /** The one unit of that name; empty when none or several carry it. */
    public List<UnitView> find(String text) {
        return byName.getOrDefault(key(text), List.of());
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

    public static String key(String name) {
        return Words.plain(name).replaceAll("\\s*&\\s*", "&").replaceAll("[.,;:]+$", "").strip();
    }

}
