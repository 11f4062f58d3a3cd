package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;

/** What it takes to record a new unit. */
public record NewUnit(
        String code,
        String name,
        String shortName,
        UnitKind kind,
        UnitId parent,
        LocalDate effectiveFrom,
        List<String> aliases) {

    public NewUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
