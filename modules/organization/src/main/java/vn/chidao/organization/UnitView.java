package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;

/** A unit as other modules and the web layer see it; {@code heirs} are the units a split unit's work went to. */
public record UnitView(
        UnitId id,
        String code,
        String name,
        String shortName,
        UnitKind kind,
        UnitId parent,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        UnitId successor,
        List<String> aliases,
        List<UnitId> heirs) {

    public UnitView {
        aliases = List.copyOf(aliases);
        heirs = heirs == null ? List.of() : List.copyOf(heirs);
    }

    /** A unit as recorded before any split: no heirs. */
    public UnitView(UnitId id, String code, String name, String shortName, UnitKind kind, UnitId parent, LocalDate effectiveFrom,
                    LocalDate effectiveTo, UnitId successor, List<String> aliases) {
        this(id, code, name, shortName, kind, parent, effectiveFrom, effectiveTo, successor, aliases, List.of());
    }

    /** Whether the unit exists on that day (it has not ended before it). */
    public boolean activeOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The short name when there is one: what tables and reports print. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
