package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.Placement;
import vn.chidao.tasks.Reorganisation;
import vn.chidao.tasks.TaskId;

/**
 * The units page's split and dissolution: the secretariat picks the unit, the units taking its work (none: dissolved) and
 * its last day, sees its open tasks with a proposed place each, changes any, and ends it in one step.
 */
@Named
@ViewScoped
public class UnitEnding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reorganisation reorganisation;

    @Inject
    Viewer viewer;

    private Long unit;
    private List<Long> heirs = new ArrayList<>();
    private LocalDate lastDay;
    private List<Row> rows;

    /** One open task and the unit chosen for it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Placement placement;
        private Long to;

        Row(Placement placement) {
            this.placement = placement;
            this.to = placement.to() == null ? null : placement.to().value();
        }

        public Placement getPlacement() {
            return placement;
        }

        public Long getTo() {
            return to;
        }

        public void setTo(Long to) {
            this.to = to;
        }
    }

    public void plan() {
        rows = null;
        if (unit == null) {
            Feedback.error("units.aliases.chooseUnit");
            return;
        }
        try {
            rows = reorganisation.endingPlan(new UnitId(unit), heirIds(), viewer.caller()).stream().map(Row::new).toList();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void end() {
        if (unit == null || rows == null) {
            Feedback.error("units.end.planFirst");
            return;
        }
        Map<TaskId, UnitId> placements = new LinkedHashMap<>();
        rows.stream().filter(r -> r.to != null).forEach(r -> placements.put(r.placement.task(), new UnitId(r.to)));
        try {
            reorganisation.endUnit(new UnitId(unit), lastDay, heirIds(), placements, null, viewer.caller());
            Feedback.done("units.end.done", viewer.unitName(new UnitId(unit)), rows.size());
            unit = null;
            heirs = new ArrayList<>();
            rows = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    private List<UnitId> heirIds() {
        return heirs == null ? List.of() : heirs.stream().map(UnitId::new).toList();
    }

    /** Where a task may go: one of the heirs, or (dissolution) any unit that exists. */
    public List<vn.chidao.organization.UnitView> getTargets() {
        List<vn.chidao.organization.UnitView> active = viewer.getActiveUnits();
        return heirs == null || heirs.isEmpty() ? active.stream().filter(u -> unit == null || u.id().value() != unit).toList()
                : active.stream().filter(u -> heirs.contains(u.id().value())).toList();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public List<Long> getHeirs() {
        return heirs;
    }

    public void setHeirs(List<Long> heirs) {
        this.heirs = heirs;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<Row> getRows() {
        return rows;
    }
}
