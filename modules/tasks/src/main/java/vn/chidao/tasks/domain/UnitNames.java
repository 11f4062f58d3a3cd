package vn.chidao.tasks.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.chidao.organization.UnitView;

/**
 * Finds a unit by what a spreadsheet calls it: its full name, short name, code or an alias
 * ("Sở TT&TT"), ignoring case, diacritics and the spaces around "&".
 */
public final class UnitNames {

    private final Map<String, List<UnitView>> byName = new HashMap<>();

    public UnitNames(List<UnitView> units) {
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
        return Deadlines.plain(name).replaceAll("\\s*&\\s*", "&").replaceAll("[.,;:]+$", "").strip();
    }

}
