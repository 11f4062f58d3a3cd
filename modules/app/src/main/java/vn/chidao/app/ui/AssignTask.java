package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.organization.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskView;

/**
 * The secretariat assigns a task: the document that mandates it, what is to be done and delivered,
 * one lead unit and any cooperating units, and the deadline as the document words it.
 */
@Named
@ViewScoped
public class AssignTask implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskAssignment assignment;

    @Inject
    Viewer viewer;

    private Long document;
    private String code;
    private String title;
    private String description;
    private String expectedOutput;
    private Pillar pillar;
    private Long lead;
    private List<Long> cooperating = new ArrayList<>();
    private String deadline;
    private Priority priority = Priority.NORMAL;

    public Pillar[] getPillars() {
        return Pillar.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String assign() {
        if (document == null || lead == null) {
            Feedback.error("assign.required");
            return null;
        }
        try {
            TaskView task = assignment.assign(new NewTask(new DocumentId(document), code, title, description, expectedOutput,
                    pillar, new UnitId(lead), cooperating.stream().filter(u -> !u.equals(lead)).map(UnitId::new).toList(),
                    deadline, priority, List.of(), List.of(), null), viewer.caller());
            Feedback.done("assign.done", task.code());
            return "/task?faces-redirect=true&id=" + task.id().value();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getExpectedOutput() {
        return expectedOutput;
    }

    public void setExpectedOutput(String expectedOutput) {
        this.expectedOutput = expectedOutput;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public void setPillar(Pillar pillar) {
        this.pillar = pillar;
    }

    public Long getLead() {
        return lead;
    }

    public void setLead(Long lead) {
        this.lead = lead;
    }

    public List<Long> getCooperating() {
        return cooperating;
    }

    public void setCooperating(List<Long> cooperating) {
        this.cooperating = cooperating == null ? new ArrayList<>() : new ArrayList<>(cooperating);
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
