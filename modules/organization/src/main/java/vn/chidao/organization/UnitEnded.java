package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit was split among {@code heirs} or dissolved (no heirs) after {@code lastDay}; fired inside the ending transaction so
 * that an observer may refuse it (the tasks module does while the unit still has open tasks nobody was told to take).
 */
public record UnitEnded(UnitId unit, LocalDate lastDay, List<UnitId> heirs) {

    public UnitEnded {
        heirs = List.copyOf(heirs);
    }
}
