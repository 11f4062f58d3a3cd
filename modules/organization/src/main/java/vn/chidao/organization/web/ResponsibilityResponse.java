package vn.chidao.organization.web;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.Responsibility;

/** {@code responsible} is null when the unit was dissolved without a successor. */
public record ResponsibilityResponse(UnitResponse unit, LocalDate asOf, UnitResponse responsible, List<UnitResponse> chain) {

    static ResponsibilityResponse of(Responsibility r) {
        return new ResponsibilityResponse(UnitResponse.of(r.unit(), r.asOf()), r.asOf(),
                r.responsible().map(u -> UnitResponse.of(u, r.asOf())).orElse(null),
                r.chain().stream().map(u -> UnitResponse.of(u, r.asOf())).toList());
    }
}
