package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskView;

/**
 * The secretariat assigns a task: the document that mandates it, what is to be done and delivered,
 * one lead unit and any cooperating units, and the deadline as the document words it. The same
 * task may go to several lead units at once — one task each, codes suffixed with the unit's code.
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
    private List<Long> alsoLeads = new ArrayList<>();
    private String deadline;
    private LocalDate owingFrom;
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
            if (alsoLeads.stream().allMatch(lead::equals)) {
                TaskView task = assignment.assign(task(lead, code), viewer.caller());
                Feedback.done("assign.done", task.code());
                return "/task?faces-redirect=true&id=" + task.id().value();
            }
            // the same task for several units, one task each ("UBND các huyện, thị xã, thành phố"), all or none
            List<Long> leads = new ArrayList<>(List.of(lead));
            alsoLeads.stream().filter(u -> !leads.contains(u)).forEach(leads::add);
            List<TaskView> tasks = assignment.assignAll(leads.stream()
                    .map(u -> task(u, code == null ? null : code.strip() + "-" + viewer.unitCode(new UnitId(u)))).toList(), viewer.caller());
            Feedback.done("assign.doneMany", tasks.size());
            return "/tasks?faces-redirect=true&document=" + document;
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    private NewTask task(Long leadUnit, String taskCode) {
        return new NewTask(new DocumentId(document), taskCode, title, description, expectedOutput, pillar, new UnitId(leadUnit),
                cooperating.stream().filter(u -> !u.equals(leadUnit)).map(UnitId::new).toList(), deadline, priority,
                List.of(), List.of(), null, owingFrom);
    }

    public LocalDate getOwingFrom() {
        return owingFrom;
    }

    public void setOwingFrom(LocalDate owingFrom) {
        this.owingFrom = owingFrom;
    }

    public List<Long> getAlsoLeads() {
        return alsoLeads;
    }

    public void setAlsoLeads(List<Long> alsoLeads) {
        this.alsoLeads = alsoLeads == null ? new ArrayList<>() : new ArrayList<>(alsoLeads);
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
