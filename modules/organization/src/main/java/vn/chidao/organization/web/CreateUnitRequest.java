package vn.chidao.organization.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.chidao.organization.UnitKind;

public record CreateUnitRequest(
        @NotBlank(message = "{unit.code.required}")
        @Size(max = 32, message = "{unit.code.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{unit.code.pattern}")
        String code,
        @NotBlank(message = "{unit.name.required}")
        @Size(max = 255, message = "{unit.name.size}")
        String name,
        @Size(max = 64, message = "{unit.shortName.size}")
        String shortName,
        @NotNull(message = "{unit.kind.required}")
        UnitKind kind,
        Long parentId,
        LocalDate effectiveFrom,
        List<@Size(max = 128) String> aliases) {
}
