package vn.chidao.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import vn.chidao.kernel.Messages;

/** Matches a units sheet's rows to recorded units, gives codes, and resolves parents, successors and repeated rows. */
final class UnitRowResolution {

    private final List<UnitView> recorded;
    private final List<UnitRow> entries;
    private final List<UnitImport.Problem> problems;
    private final Locale language;

    UnitRowResolution(List<UnitView> recorded, List<UnitRow> entries, List<UnitImport.Problem> problems, Locale language) {
        this.recorded = recorded;
        this.entries = entries;
        this.problems = problems;
        this.language = language;
    }

    void resolve() {
        UnitNames known = new UnitNames(recorded);
        Map<String, UnitView> byCode = new HashMap<>();
        recorded.forEach(u -> byCode.put(u.code(), u));
        Set<String> codes = new HashSet<>(byCode.keySet());
        Map<String, UnitRow> sheetNames = new HashMap<>();
        Map<String, UnitRow> sheetCodes = new HashMap<>();
        for (UnitRow e : entries) {
            if (e.name.isEmpty()) {
                continue;
            }
            if (!e.code.isEmpty()) {
                e.existing = byCode.get(e.code);
            } else {
                List<UnitView> found = known.find(e.name);
                e.existing = found.size() == 1 ? found.get(0) : null;
            }
            if (e.existing != null) {
                // an empty cell keeps what is recorded: a sheet of names only does not erase kinds or short names
                e.id = e.existing.id();
                e.kind = e.kindFromName || e.kind == null ? e.existing.kind() : e.kind;
                e.kindFromName = false;
                e.shortName = e.shortName == null ? e.existing.shortName() : e.shortName;
            }
            if (e.kind == null && !e.kindRefused) {
                problem(e, "unit.import.kind.required");
            }
            if (e.code.isEmpty()) {
                e.code = e.existing != null ? e.existing.code() : freeCode(UnitSheet.code(e.name, e.kind), codes);
            }
            codes.add(e.code);
            UnitRow twin = sheetCodes.putIfAbsent(e.code, e);
            if (twin != null) {
                problem(e, "unit.import.repeated", twin.row);
            }
            UnitRow sameName = sheetNames.putIfAbsent(UnitNames.exactKey(e.name), e);
            if (sameName != null && twin == null) {
                problem(e, "unit.import.repeated", sameName.row);
            }
        }
        Map<String, UnitRow> sheet = new HashMap<>();
        for (UnitRow e : entries) {
            for (String name : names(e)) {
                sheet.merge(UnitNames.key(name), e, (a, b) -> a == b ? a : null);
            }
        }
        for (UnitRow e : entries) {
            if (!e.parentText.isEmpty()) {
                link(e, e.parentText, sheet, known, p -> e.parent = p, u -> e.parentUnit = u, "unit.import.parent.self",
                        "unit.import.parent.unknown");
            }
            successor(e, sheet, known);
        }
    }

    private void successor(UnitRow e, Map<String, UnitRow> sheet, UnitNames known) {
        if (e.successorText.isEmpty()) {
            if (e.to != null && e.existing != null && e.existing.effectiveTo() == null) {
                problem(e, "unit.import.dissolve", e.name);
            }
            return;
        }
        if (UnitSheet.list(e.successorText).size() > 1) {
            problem(e, "unit.import.split", e.name);
            return;
        }
        if (e.to == null) {
            problem(e, "unit.import.successor.needsEnd");
            return;
        }
        if (e.existing != null && e.existing.effectiveTo() != null && !e.existing.effectiveTo().equals(e.to)) {
            problem(e, "unit.merge.alreadyEnded", e.existing.code(), e.existing.effectiveTo());
            return;
        }
        link(e, e.successorText, sheet, known, s -> e.successor = s, u -> e.successorUnit = u, "unit.merge.self",
                "unit.import.successor.unknown");
    }

    /** Finds the unit a row names as its parent or successor — a row of the sheet or a recorded unit — never the row itself. */
    private void link(UnitRow e, String name, Map<String, UnitRow> sheet, UnitNames known, Consumer<UnitRow> inSheet,
                      Consumer<UnitView> recorded, String selfKey, String unknownKey) {
        Object found = resolve(name, sheet, known);
        if (found == e || e.existing != null && found instanceof UnitView u && u.id().equals(e.existing.id())) {
            problem(e, selfKey);
        } else if (found instanceof UnitRow row) {
            inSheet.accept(row);
        } else if (found instanceof UnitView unit) {
            recorded.accept(unit);
        } else {
            problem(e, unknownKey, name);
        }
    }

    /** A unit of the sheet (an UnitRow), one already recorded (a UnitView), or null when the name is unknown or ambiguous. */
    private Object resolve(String name, Map<String, UnitRow> sheet, UnitNames known) {
        UnitRow inSheet = sheet.get(UnitNames.key(name));
        if (inSheet != null) {
            return inSheet;
        }
        List<UnitView> found = known.find(name);
        return found.size() == 1 ? found.get(0) : null;
    }

    private List<String> names(UnitRow e) {
        List<String> names = new ArrayList<>(e.aliases);
        names.add(e.name);
        names.add(e.code);
        if (e.shortName != null) {
            names.add(e.shortName);
        }
        return names;
    }

    private String freeCode(String base, Set<String> taken) {
        String code = base.isEmpty() ? "DV" : base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private void problem(UnitRow e, String key, Object... arguments) {
        problems.add(new UnitImport.Problem(e.row, null, Messages.text(language, key, arguments)));
    }
}
