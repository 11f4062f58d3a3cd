package vn.chidao.organization.web;

import java.time.LocalDate;
import java.util.List;

import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitKind;
import vn.chidao.organization.UnitView;

/** A unit as the API shows it; {@code heirIds} are the units a split unit's work went to. */
public record UnitResponse(
        long id,
        String code,
        String name,
        String shortName,
        UnitKind kind,
        Long parentId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Long successorId,
        boolean active,
        List<String> aliases,
        List<Long> heirIds) {

    static UnitResponse of(UnitView unit, LocalDate today) {
        return new UnitResponse(unit.id().value(), unit.code(), unit.name(), unit.shortName(), unit.kind(),
                unit.parent() == null ? null : unit.parent().value(), unit.effectiveFrom(), unit.effectiveTo(),
                unit.successor() == null ? null : unit.successor().value(), unit.activeOn(today), unit.aliases(),
                unit.heirs().stream().map(UnitId::value).toList());
    }
}
