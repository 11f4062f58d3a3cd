package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.organization.NewUnit;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitKind;
import vn.chidao.organization.UnitView;

/**
 * The province's units, as they are today or with those that ended; administrators add a unit and
 * record a merger (its open tasks move to the successor on the day it takes effect).
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organization organization;

    @Inject
    Viewer viewer;

    private boolean showEnded;
    private List<UnitView> units;

    private String code;
    private String name;
    private String shortName;
    private UnitKind kind = UnitKind.PROVINCIAL_DEPARTMENT;
    private LocalDate effectiveFrom;

    private Long merged;
    private Long successor;
    private LocalDate effective;

    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units(showEnded ? null : organization.today()).stream()
                    .sorted(Comparator.comparing(UnitView::kind).thenComparing(UnitView::name, vn.chidao.kernel.Words.vietnameseOrder())).toList();
        }
        return units;
    }

    public boolean isAdministrator() {
        return viewer.getMe().has(Role.ADMIN);
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public void refresh() {
        units = null;
    }

    public void create() {
        if (!isAdministrator()) {
            Feedback.error("units.adminOnly");
            return;
        }
        try {
            UnitView unit = organization.createUnit(new NewUnit(code, name, shortName, kind, null, effectiveFrom, List.of()));
            Feedback.done("units.created", unit.name());
            code = null;
            name = null;
            shortName = null;
            effectiveFrom = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        units = null;
    }

    public void merge() {
        if (!isAdministrator()) {
            Feedback.error("units.adminOnly");
            return;
        }
        if (merged == null || successor == null) {
            Feedback.error("units.mergeRequired");
            return;
        }
        try {
            UnitView unit = organization.mergeUnit(new UnitId(merged), new UnitId(successor), effective);
            Feedback.done("units.merged.done", unit.name(), viewer.unitFullName(new UnitId(successor)));
            merged = null;
            successor = null;
            effective = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        units = null;
    }

    public boolean isShowEnded() {
        return showEnded;
    }

    public void setShowEnded(boolean showEnded) {
        this.showEnded = showEnded;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public Long getMerged() {
        return merged;
    }

    public void setMerged(Long merged) {
        this.merged = merged;
    }

    public Long getSuccessor() {
        return successor;
    }

    public void setSuccessor(Long successor) {
        this.successor = successor;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }
}
