package vn.chidao.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who answers for a unit's work on a given day: the unit itself while it exists, otherwise
 * the end of its chain of successors. Empty when the chain ends in a unit that was dissolved
 * without a successor.
 *
 * @param chain the unit asked about, then each successor followed, in order
 */
public record Responsibility(UnitView unit, LocalDate asOf, Optional<UnitView> responsible, List<UnitView> chain) {

    public Responsibility {
        chain = List.copyOf(chain);
    }
}
