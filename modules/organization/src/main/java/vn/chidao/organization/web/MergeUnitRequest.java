package vn.chidao.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** {@code effective}: the first day the successor answers for the unit's work; today when absent. */
public record MergeUnitRequest(
        @NotNull(message = "{unit.merge.successorRequired}")
        Long successorId,
        LocalDate effective) {
}
