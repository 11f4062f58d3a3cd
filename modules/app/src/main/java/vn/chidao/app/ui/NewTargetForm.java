package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.NewTarget;
import vn.chidao.plan.Pillar;

/** A numeric target of the chosen document, as the secretariat gives it. */
public class NewTargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Pillar pillar;
    private String unitOfMeasure;
    private BigDecimal baseline;
    private LocalDate baselineDate;
    private BigDecimal value;
    private LocalDate date;
    private Direction direction = Direction.HIGHER_IS_BETTER;

    NewTarget toNewTarget(DocumentId document) {
        return new NewTarget(document, pillar, name, unitOfMeasure, baseline, baselineDate, value, date, direction);
    }

    /** After a target is given: ready for the next one of the same pillar and unit of measure. */
    void clear() {
        name = null;
        baseline = null;
        value = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public void setPillar(Pillar pillar) {
        this.pillar = pillar;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }
}
