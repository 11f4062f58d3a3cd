package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.Direction;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentKind;
import vn.chidao.plan.DocumentStatus;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.NewDocument;
import vn.chidao.plan.NewTarget;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetId;
import vn.chidao.plan.TargetView;

/**
 * The secretariat's documents and targets: record a directive document, give it numeric targets,
 * record a measurement, see where each target stands against its trajectory, and correct a
 * document or a target (against the version shown: a change made meanwhile is a conflict).
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Planning planning;

    @Inject
    Viewer viewer;

    private Long selected;
    private List<DocumentView> documents;
    private List<TargetView> targets;

    private DocumentKind kind = DocumentKind.PLAN;
    private String number;
    private LocalDate issueDate;
    private String issuingBody = "UBND tỉnh Bình Phước";
    private String summary;

    private String targetName;
    private Pillar targetPillar;
    private String unitOfMeasure;
    private BigDecimal baseline;
    private LocalDate baselineDate;
    private BigDecimal targetValue;
    private LocalDate targetDate;
    private Direction direction = Direction.HIGHER_IS_BETTER;

    private String editIssuingBody;
    private String editSummary;
    private DocumentStatus editStatus;
    private Long editTarget;
    private String editTargetName;
    private BigDecimal editTargetValue;
    private LocalDate editTargetDate;

    private Long measured;
    private BigDecimal value;
    private LocalDate asOf;
    private String source;

    public List<DocumentView> getDocuments() {
        if (documents == null) {
            documents = planning.documents();
        }
        return documents;
    }

    public DocumentView getDocument() {
        return selected == null ? null : getDocuments().stream().filter(d -> d.id().value() == selected).findFirst().orElse(null);
    }

    public List<TargetView> getTargets() {
        if (targets == null) {
            targets = selected == null ? List.of() : planning.targets(new DocumentId(selected), viewer.getToday());
        }
        return targets;
    }

    public List<MeasurementView> measurementsOf(TargetView target) {
        return planning.measurements(target.id());
    }

    public void select(DocumentView document) {
        selected = document.id().value();
        targets = null;
        editIssuingBody = document.issuingBody();
        editSummary = document.summary();
        editStatus = document.status();
    }

    /** Corrects the chosen document against the version shown; a change made meanwhile is a conflict. */
    public void correctDocument() {
        DocumentView document = getDocument();
        if (document == null) {
            Feedback.error("plans.chooseDocument");
            return;
        }
        try {
            planning.correctDocument(document.id(), document.version(), editIssuingBody, editSummary, null, null, editStatus);
            Feedback.done("plans.documentCorrected", document.number());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        documents = null;
    }

    /** Fills the correction form with the chosen target as it is now. */
    public void pickTarget() {
        TargetView target = getTargets().stream().filter(t -> t.id().value() == editTarget).findFirst().orElse(null);
        if (target != null) {
            editTargetName = target.name();
            editTargetValue = target.targetValue();
            editTargetDate = target.targetDate();
        }
    }

    public void correctTarget() {
        TargetView target = editTarget == null ? null
                : getTargets().stream().filter(t -> t.id().value() == editTarget).findFirst().orElse(null);
        if (target == null) {
            Feedback.error("plans.chooseTarget");
            return;
        }
        try {
            planning.correctTarget(target.id(), target.version(), editTargetName, null, null, null, null, editTargetValue,
                    editTargetDate, null);
            Feedback.done("plans.targetCorrected", editTargetName);
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        targets = null;
    }

    public void createDocument() {
        try {
            DocumentView created = planning.createDocument(new NewDocument(kind, number, issueDate, issuingBody, summary,
                    null, null, List.of()));
            Feedback.done("plans.documentCreated", created.number());
            documents = null;
            select(created);
            number = null;
            summary = null;
            issueDate = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void createTarget() {
        if (selected == null) {
            Feedback.error("plans.chooseDocument");
            return;
        }
        try {
            TargetView created = planning.createTarget(new NewTarget(new DocumentId(selected), targetPillar, targetName,
                    unitOfMeasure, baseline, baselineDate, targetValue, targetDate, direction));
            Feedback.done("plans.targetCreated", created.name());
            targets = null;
            targetName = null;
            baseline = null;
            targetValue = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void record() {
        if (measured == null) {
            Feedback.error("plans.chooseTarget");
            return;
        }
        try {
            planning.recordMeasurement(new TargetId(measured), value, asOf == null ? viewer.getToday() : asOf, source, null,
                    viewer.getMe().email());
            Feedback.done("plans.measured");
            targets = null;
            value = null;
            source = null;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public String getEditIssuingBody() {
        return editIssuingBody;
    }

    public void setEditIssuingBody(String editIssuingBody) {
        this.editIssuingBody = editIssuingBody;
    }

    public String getEditSummary() {
        return editSummary;
    }

    public void setEditSummary(String editSummary) {
        this.editSummary = editSummary;
    }

    public DocumentStatus getEditStatus() {
        return editStatus;
    }

    public void setEditStatus(DocumentStatus editStatus) {
        this.editStatus = editStatus;
    }

    public Long getEditTarget() {
        return editTarget;
    }

    public void setEditTarget(Long editTarget) {
        this.editTarget = editTarget;
    }

    public String getEditTargetName() {
        return editTargetName;
    }

    public void setEditTargetName(String editTargetName) {
        this.editTargetName = editTargetName;
    }

    public BigDecimal getEditTargetValue() {
        return editTargetValue;
    }

    public void setEditTargetValue(BigDecimal editTargetValue) {
        this.editTargetValue = editTargetValue;
    }

    public LocalDate getEditTargetDate() {
        return editTargetDate;
    }

    public void setEditTargetDate(LocalDate editTargetDate) {
        this.editTargetDate = editTargetDate;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public Pillar[] getPillars() {
        return Pillar.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
        targets = null;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }

    public Pillar getTargetPillar() {
        return targetPillar;
    }

    public void setTargetPillar(Pillar targetPillar) {
        this.targetPillar = targetPillar;
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

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Long getMeasured() {
        return measured;
    }

    public void setMeasured(Long measured) {
        this.measured = measured;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
