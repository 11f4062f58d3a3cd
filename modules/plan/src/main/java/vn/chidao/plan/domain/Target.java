package vn.chidao.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.MilestoneView;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;
import vn.chidao.plan.TargetView;

/**
 * A measurable goal (chỉ tiêu) of a document, with one or more horizons as the plan words them ("đến năm 2025 đạt
 * 15% đến 20%, đến năm 2030 trên 50%") and, only when the plan gives one, the value it starts from.
 */
@Entity
@Audited
@Table(name = "plan_target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Pillar pillar;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "unit_of_measure", nullable = false, length = 32)
    private String unitOfMeasure;

    /** The value the plan starts from, when it gives one; most plans do not. */
    @Column(precision = 20, scale = 4)
    private BigDecimal baseline;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    /** The horizons, earliest first ("đến năm 2025 …, đến năm 2030 …"). */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_milestone", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    /** The horizons as one line ("2025: 15–20%; 2030: ≥ 50%"): what the history records of them. */
    @Column(name = "milestones_text", nullable = false, length = 1000)
    private String milestonesText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Version
    private long version;

    protected Target() {
    }

    public Target(Long documentId, Pillar pillar, String name, String unitOfMeasure, BigDecimal baseline,
                  LocalDate baselineDate, List<Milestone> milestones, Direction direction) {
        this.documentId = documentId;
        this.pillar = pillar;
        this.name = name;
        this.unitOfMeasure = unitOfMeasure;
        this.direction = direction;
        setBaseline(baseline, baselineDate);
        setMilestones(milestones);
    }

    /**
     * Corrections by the secretariat; null leaves a field as it is. {@code newTarget} and {@code newTargetDate}
     * correct the last horizon (as a single value); {@code newMilestones} replaces them all.
     */
    public void correct(String newName, Pillar newPillar, String newUnit, BigDecimal newBaseline, LocalDate newBaselineDate,
                        BigDecimal newTarget, LocalDate newTargetDate, List<Milestone> newMilestones, Direction newDirection) {
        name = newName != null ? newName : name;
        pillar = newPillar != null ? newPillar : pillar;
        unitOfMeasure = newUnit != null ? newUnit : unitOfMeasure;
        direction = newDirection != null ? newDirection : direction;
        setBaseline(newBaseline != null ? newBaseline : baseline, newBaselineDate != null ? newBaselineDate : baselineDate);
        List<Milestone> corrected = new ArrayList<>(newMilestones != null ? newMilestones : milestones);
        if (newTarget != null || newTargetDate != null) {
            Milestone last = corrected.remove(corrected.size() - 1);
            corrected.add(Milestone.exact(newTarget != null ? newTarget : last.threshold(direction),
                    newTargetDate != null ? newTargetDate : last.due()));
        }
        setMilestones(corrected);
    }

    private void setBaseline(BigDecimal value, LocalDate day) {
        if ((value == null) != (day == null)) {
            throw RuleViolation.invalid(value == null ? "baseline" : "baselineDate", "target.baseline.pair");
        }
        baseline = value;
        baselineDate = day;
    }

    /** The horizons in time order, each after the baseline and none on the same day; a percentage within 0–100. */
    private void setMilestones(List<Milestone> horizons) {
        if (horizons.isEmpty()) {
            throw RuleViolation.invalid("milestones", "target.milestones.required");
        }
        List<Milestone> sorted = horizons.stream().sorted(java.util.Comparator.comparing(Milestone::due)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Milestone m = sorted.get(i);
            if (baselineDate != null && !m.due().isAfter(baselineDate)) {
                throw RuleViolation.invalid("targetDate", "target.dates.reversed");
            }
            if (i > 0 && m.due().equals(sorted.get(i - 1).due())) {
                throw RuleViolation.invalid("milestones", "target.milestones.sameDay", m.due());
            }
            if (m.kind() != vn.chidao.plan.MilestoneKind.ANNUAL_RATE && m.negative()) {
                throw RuleViolation.invalid("milestones", "target.milestone.negative", m.written(unitOfMeasure));
            }
            if (percent() && m.kind() != vn.chidao.plan.MilestoneKind.ANNUAL_RATE && !m.withinPercent()) {
                throw RuleViolation.invalid("milestones", "target.percent.range", m.written(unitOfMeasure));
            }
        }
        if (percent() && baseline != null && (baseline.signum() < 0 || baseline.compareTo(HUNDRED) > 0)) {
            throw RuleViolation.invalid("baseline", "target.percent.range", baseline.stripTrailingZeros().toPlainString());
        }
        milestones.clear();
        milestones.addAll(sorted);
        milestonesText = String.join("; ", sorted.stream().map(m -> m.due().getYear() + ": " + m.written(unitOfMeasure)).toList());
    }

    /** Whether values of this target are percentages, which lie within 0–100. */
    public boolean percent() {
        return unitOfMeasure != null && unitOfMeasure.strip().equals("%");
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The audited fields as the history lists them; the horizons as their recorded line. */
    public Map<String, Object> recorded() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("pillar", pillar);
        fields.put("unitOfMeasure", unitOfMeasure);
        fields.put("baseline", Milestone.strip(baseline));
        fields.put("baselineDate", baselineDate);
        fields.put("milestones", milestonesText);
        fields.put("direction", direction);
        return fields;
    }

    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    public long version() {
        return version;
    }

    /**
     * The target as of {@code day}, with its measurements up to then: each horizon judged on its own; the target's
     * standing and "value due" are those of the current horizon (the first not yet past, else the last).
     */
    public TargetView view(List<MeasurementView> measurements, LocalDate day) {
        List<MeasurementView> known = measurements.stream().filter(m -> !m.asOf().isAfter(day))
                .sorted(java.util.Comparator.comparing(MeasurementView::asOf).thenComparing(MeasurementView::id)).toList();
        MeasurementView latest = known.isEmpty() ? null : known.get(known.size() - 1);
        List<MilestoneView> horizons = milestones.stream()
                .map(m -> m.view(unitOfMeasure, m.standing(baseline, baselineDate, direction, known, day))).toList();
        int current = 0;
        while (current < milestones.size() - 1 && day.isAfter(milestones.get(current).due())) {
            current++;
        }
        Milestone now = milestones.get(current);
        BigDecimal expected = baseline == null || now.kind() == vn.chidao.plan.MilestoneKind.ANNUAL_RATE ? null
                : new Trajectory(baseline, baselineDate, now.threshold(direction), now.due()).expectedValue(day);
        return new TargetView(id == null ? null : new TargetId(id), new DocumentId(documentId), pillar, name, unitOfMeasure,
                Milestone.strip(baseline), baselineDate, Milestone.strip(now.threshold(direction)), now.due(), direction, latest, day,
                expected, horizons.get(current).standing(), horizons,
                String.join("; ", milestones.stream().map(m -> m.due().getYear() + ": " + m.written(unitOfMeasure)).toList()), version);
    }

    public Long id() {
        return id;
    }
}
