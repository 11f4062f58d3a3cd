package vn.chidao.organization;

import java.time.LocalDate;

/** A unit was merged into its successor; from {@code effective} the successor answers for its work. */
public record UnitMerged(UnitId unit, UnitId successor, LocalDate effective) {
}
