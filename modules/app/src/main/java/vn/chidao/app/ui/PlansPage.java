package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.Direction;
import vn.chidao.organization.Installation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentKind;
import vn.chidao.plan.DocumentStatus;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.NewMilestone;
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

    @Inject
    Installation installation;

    private Long selected;
    private List<DocumentView> documents;
    private List<TargetView> targets;

    private final NewDocumentForm newDocument = new NewDocumentForm();
    private final NewTargetForm newTarget = new NewTargetForm();
    private final DocumentCorrectionForm documentCorrection = new DocumentCorrectionForm();
    private final TargetCorrectionForm targetCorrection = new TargetCorrectionForm();
    private final MeasurementForm measurement = new MeasurementForm();

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
        documentCorrection.fill(document);
    }

    /** Corrects the chosen document against the version shown; a change made meanwhile is a conflict. */
    public void correctDocument() {
        DocumentView document = getDocument();
        if (document == null) {
            Feedback.error("plans.chooseDocument");
            return;
        }
        try {
            planning.correctDocument(document.id(), document.version(), documentCorrection.getIssuingBody(),
                    documentCorrection.getSummary(), null, null, documentCorrection.getStatus());
            Feedback.done("plans.documentCorrected", document.number());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        documents = null;
    }

    /** Fills the correction form with the chosen target as it is now. */
    public void pickTarget() {
        TargetView target = pickedTarget();
        if (target != null) {
            targetCorrection.fill(target);
        }
    }

    public void correctTarget() {
        TargetView target = pickedTarget();
        if (target == null) {
            Feedback.error("plans.chooseTarget");
            return;
        }
        List<String> wrong = new ArrayList<>();
        List<NewMilestone> horizons = targetCorrection.milestones(wrong);
        if (!wrong.isEmpty()) {
            Feedback.error("plans.horizonLine", wrong.get(0));
            return;
        }
        try {
            planning.correctTarget(target.id(), target.version(), targetCorrection.getName(), null, null, null, null,
                    null, null, horizons.isEmpty() ? null : horizons, null);
            Feedback.done("plans.targetCorrected", targetCorrection.getName());
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
        targets = null;
    }

    public void createDocument() {
        try {
            DocumentView created = planning.createDocument(newDocument.toNewDocument());
            Feedback.done("plans.documentCreated", created.number());
            documents = null;
            select(created);
            newDocument.clear();
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
            TargetView created = planning.createTarget(newTarget.toNewTarget(new DocumentId(selected)));
            Feedback.done("plans.targetCreated", created.name());
            targets = null;
            newTarget.clear();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void record() {
        if (measurement.getTarget() == null) {
            Feedback.error("plans.chooseTarget");
            return;
        }
        try {
            planning.recordMeasurement(new TargetId(measurement.getTarget()), measurement.getValue(),
                    measurement.getAsOf() == null ? viewer.getToday() : measurement.getAsOf(), measurement.getSource(), null,
                    viewer.getMe().email());
            Feedback.done("plans.measured");
            targets = null;
            measurement.clear();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    private TargetView pickedTarget() {
        Long picked = targetCorrection.getTarget();
        return picked == null ? null : getTargets().stream().filter(t -> t.id().value() == picked).findFirst().orElse(null);
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
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

    /** The form, its issuing body first filled with the installation's default one. */
    public NewDocumentForm getNewDocument() {
        if (newDocument.getIssuingBody() == null) {
            newDocument.setIssuingBody(installation.profile().defaultIssuingBody());
        }
        return newDocument;
    }

    public NewTargetForm getNewTarget() {
        return newTarget;
    }

    public DocumentCorrectionForm getDocumentCorrection() {
        return documentCorrection;
    }

    public TargetCorrectionForm getTargetCorrection() {
        return targetCorrection;
    }

    public MeasurementForm getMeasurement() {
        return measurement;
    }
}
