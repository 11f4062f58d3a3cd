package vn.chidao.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;
import vn.chidao.plan.TargetView;

/** A measurable goal (chỉ tiêu) of a document. */
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

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal baseline;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "target_value", nullable = false, precision = 20, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Version
    private long version;

    protected Target() {
    }

    public Target(Long documentId, Pillar pillar, String name, String unitOfMeasure, BigDecimal baseline,
                  LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Direction direction) {
        this.documentId = documentId;
        this.pillar = pillar;
        this.name = name;
        this.unitOfMeasure = unitOfMeasure;
        this.baseline = baseline;
        this.baselineDate = baselineDate;
        this.targetValue = targetValue;
        this.targetDate = targetDate;
        this.direction = direction;
    }

    /** Corrections by the secretariat; null leaves a field as it is. */
    public void correct(String newName, Pillar newPillar, String newUnit, BigDecimal newBaseline, LocalDate newBaselineDate,
                        BigDecimal newTarget, LocalDate newTargetDate, Direction newDirection) {
        LocalDate from = newBaselineDate != null ? newBaselineDate : baselineDate;
        LocalDate to = newTargetDate != null ? newTargetDate : targetDate;
        if (!to.isAfter(from)) {
            throw RuleViolation.invalid("targetDate", "target.dates.reversed");
        }
        name = newName != null ? newName : name;
        pillar = newPillar != null ? newPillar : pillar;
        unitOfMeasure = newUnit != null ? newUnit : unitOfMeasure;
        baseline = newBaseline != null ? newBaseline : baseline;
        targetValue = newTarget != null ? newTarget : targetValue;
        direction = newDirection != null ? newDirection : direction;
        baselineDate = from;
        targetDate = to;
    }

    public long version() {
        return version;
    }

    public Trajectory trajectory() {
        return new Trajectory(baseline, baselineDate, targetValue, targetDate);
    }

    public TargetView view(MeasurementView latest, LocalDate day) {
        Trajectory line = trajectory();
        return new TargetView(new TargetId(id), new DocumentId(documentId), pillar, name, unitOfMeasure,
                strip(baseline), baselineDate, strip(targetValue), targetDate, direction, latest, day,
                line.expectedValue(day),
                line.standing(latest == null ? null : latest.value(), latest == null ? null : latest.asOf(), day), version);
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public Long id() {
        return id;
    }
}
