package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.NewMilestone;
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
    private Integer firstYear;
    private String firstText;
    private Integer secondYear;
    private String secondText;
    private Direction direction = Direction.HIGHER_IS_BETTER;

    /** Up to two horizons as the plan words them, each by the end of its year ("2025": "15% đến 20%"). */
    NewTarget toNewTarget(DocumentId document) {
        List<NewMilestone> horizons = new ArrayList<>();
        if (firstText != null && !firstText.isBlank()) {
            horizons.add(new NewMilestone(firstText, firstYear == null ? null : LocalDate.of(firstYear, 12, 31)));
        }
        if (secondText != null && !secondText.isBlank()) {
            horizons.add(new NewMilestone(secondText, secondYear == null ? null : LocalDate.of(secondYear, 12, 31)));
        }
        return new NewTarget(document, pillar, name, unitOfMeasure, baseline, baselineDate, null, null, horizons, direction);
    }

    /** After a target is given: ready for the next one of the same pillar and unit of measure. */
    void clear() {
        name = null;
        baseline = null;
        baselineDate = null;
        firstText = null;
        secondText = null;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public String getFirstText() {
        return firstText;
    }

    public void setFirstText(String firstText) {
        this.firstText = firstText;
    }

    public Integer getSecondYear() {
        return secondYear;
    }

    public void setSecondYear(Integer secondYear) {
        this.secondYear = secondYear;
    }

    public String getSecondText() {
        return secondText;
    }

    public void setSecondText(String secondText) {
        this.secondText = secondText;
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





    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }
}
