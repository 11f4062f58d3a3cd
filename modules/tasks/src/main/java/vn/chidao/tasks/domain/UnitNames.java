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

    public static String key(String name) {
        return Deadlines.plain(name).replaceAll("\\s*&\\s*", "&").replaceAll("[.,;:]+$", "").strip();
    }

}
