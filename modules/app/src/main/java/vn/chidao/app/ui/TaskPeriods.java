package vn.chidao.app.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.PeriodView;
import vn.chidao.tasks.ReportingCycles;
import vn.chidao.tasks.TaskAction;
import vn.chidao.tasks.TaskView;

/**
 * The task page's reporting periods (kỳ báo cáo) of a recurring or ongoing task, newest first, each with its
 * due day and state; the secretariat waives a period with a reason and corrects the kind or cycle of the deadline.
 */
@Named("periods")
@ViewScoped
public class TaskPeriods implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskPage page;

    @Inject
    ReportingCycles cycles;

    @Inject
    Viewer viewer;

    private List<PeriodView> list;
    private String waiveReason;
    private String deadline;
    private LocalDate owingFrom;
    private String reason;

    public boolean isPeriodic() {
        TaskView task = page.getTask();
        return task != null && task.deadline().kind().periodic();
    }

    public List<PeriodView> getList() {
        if (list == null) {
            List<PeriodView> periods = new ArrayList<>(page.getTask() == null ? List.of()
                    : cycles.periods(page.getTask().id(), viewer.caller()));
            Collections.reverse(periods);
            list = periods;
        }
        return list;
    }

    public String label(PeriodView period) {
        return period.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isMayWaive() {
        return page.allows(TaskAction.WAIVE_PERIOD);
    }

    public boolean isMayCorrect() {
        return page.allows(TaskAction.CORRECT_DEADLINE);
    }

    public String waive(PeriodView period) {
        if (waiveReason == null || waiveReason.isBlank()) {
            Feedback.error("period.waive.reasonRequired");
            return null;
        }
        return done(() -> cycles.waive(page.getTask().id(), viewer.caller(), page.getTask().version(), period.startsOn(),
                waiveReason), "period.waived");
    }

    public String correct() {
        if (deadline == null || deadline.isBlank() || reason == null || reason.isBlank()) {
            Feedback.error("task.deadline.correct.fieldsRequired");
            return null;
        }
        return done(() -> cycles.correctDeadline(page.getTask().id(), viewer.caller(), page.getTask().version(), deadline.strip(),
                owingFrom, reason), "task.deadline.corrected");
    }

    private String done(Runnable change, String message) {
        try {
            change.run();
            Feedback.done(message);
            return "task?faces-redirect=true&id=" + page.getId();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public String getWaiveReason() {
        return waiveReason;
    }

    public void setWaiveReason(String waiveReason) {
        this.waiveReason = waiveReason;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public LocalDate getOwingFrom() {
        return owingFrom;
    }

    public void setOwingFrom(LocalDate owingFrom) {
        this.owingFrom = owingFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
