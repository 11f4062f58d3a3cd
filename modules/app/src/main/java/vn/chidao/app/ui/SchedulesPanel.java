package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.Frequency;
import vn.chidao.reporting.Reports;
import vn.chidao.reporting.ScheduleView;

/**
 * The briefings made by themselves each week, month or quarter, managed on the Reports page by the secretariat (an API
 * only until now): the list with each one's last period, a new schedule for a document or for every task, a stop.
 */
@Named("schedulesPanel")
@ViewScoped
public class SchedulesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    Viewer viewer;

    private List<ScheduleView> schedules;
    private Long document;
    private Frequency frequency = Frequency.MONTHLY;

    public List<ScheduleView> getSchedules() {
        if (schedules == null) {
            schedules = reports.schedules();
        }
        return schedules;
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public String create() {
        try {
            reports.schedule(document == null ? null : new DocumentId(document), frequency, viewer.caller());
            Feedback.done("schedules.created");
            return "reports?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    public String stop(ScheduleView schedule) {
        try {
            reports.stopSchedule(schedule.id(), schedule.version(), viewer.caller());
            Feedback.done("schedules.stopped");
            return "reports?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            schedules = null;
            return null;
        }
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
