package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;

/** A unit as other modules and the web layer see it. */
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
        List<String> aliases) {

    public UnitView {
        aliases = List.copyOf(aliases);
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
