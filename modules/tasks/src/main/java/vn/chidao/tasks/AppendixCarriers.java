package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitView;

/**
 * Who carries a named unit's work today — the unit itself, or the successor it merged into — shown as the dry run
 * will create it ("Sở TT&TT → Sở KH&CN (sáp nhập từ 01/03/2025)"), with a warning for each replacement.
 */
final class AppendixCarriers {
    private final Organization organization;
    private final LocalDate today;
    private final int row;
    private final Locale language;
    private final List<ImportReport.RowError> warnings;

    AppendixCarriers(Organization organization, LocalDate today, int row, Locale language, List<ImportReport.RowError> warnings) {
        this.organization = organization;
        this.today = today;
        this.row = row;
        this.language = language;
        this.warnings = warnings;
    }

    UnitView carrier(UnitView unit) {
        return organization.responsibleFor(unit.id(), today).responsible().orElse(unit);
    }

    String shown(UnitView unit) {
        UnitView carrier = carrier(unit);
        if (carrier.id().equals(unit.id())) {
            return unit.displayName();
        }
        String since = unit.effectiveTo() == null ? "" : unit.effectiveTo().plusDays(1).format(AppendixImport.DMY);
        String shown = Messages.text(language, "import.unit.mergedShown", unit.displayName(), carrier.displayName(), since);
        warn("import.unit.merged", unit.displayName(), carrier.displayName(), since);
        return shown;
    }

    void warn(String key, Object... arguments) {
        ImportReport.RowError warning = new ImportReport.RowError(row, null, Messages.text(language, key, arguments));
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }
}
