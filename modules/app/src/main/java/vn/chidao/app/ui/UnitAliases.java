package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.Arrays;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;

/** The units page's "other names" form: the names plans write for a unit, one per line, by which the imports find it. */
@Named
@ViewScoped
public class UnitAliases implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organization organization;

    private Long unit;
    private String aliases;

    /** Fills the form with the chosen unit's other names as they are now. */
    public void pick() {
        aliases = unit == null ? null : organization.unit(new UnitId(unit))
                .map(u -> String.join("\n", u.aliases())).orElse(null);
    }

    public void save() {
        if (unit == null) {
            Feedback.error("units.aliases.chooseUnit");
            return;
        }
        try {
            organization.renameUnit(new UnitId(unit), aliases == null ? java.util.List.of() : Arrays.asList(aliases.split("\\R")));
            Feedback.done("units.aliases.saved");
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }
}
