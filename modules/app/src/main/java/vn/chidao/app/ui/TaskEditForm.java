package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import vn.chidao.organization.UnitId;
import vn.chidao.plan.Pillar;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.TaskChanges;
import vn.chidao.tasks.TaskView;

/** The secretariat's correction form on the task page: what it holds, filled from the task as opened. */
public class TaskEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String output;
    private Pillar pillar;
    private Priority priority;
    private Long lead;
    private List<Long> cooperating = new ArrayList<>();

    void fill(TaskView task) {
        title = task.title();
        description = task.description();
        output = task.expectedOutput();
        pillar = task.pillar();
        priority = task.priority();
        lead = task.leadUnit().value();
        cooperating = new ArrayList<>(task.cooperation().stream().map(c -> c.unit().value()).toList());
    }

    /** The changes as typed; a cooperating unit that is also the lead is left out. */
    TaskChanges changes() {
        return new TaskChanges(title, description, output, pillar, priority, lead == null ? null : new UnitId(lead),
                cooperating.stream().filter(u -> !u.equals(lead)).map(UnitId::new).toList(), null);
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

    public String getOutput() {
        return output;
    }

    public void setOutput(String output) {
        this.output = output;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public void setPillar(Pillar pillar) {
        this.pillar = pillar;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
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

    public Pillar[] getPillars() {
        return Pillar.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }
}
