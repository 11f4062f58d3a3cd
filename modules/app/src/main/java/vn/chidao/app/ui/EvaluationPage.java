package vn.chidao.app.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationPeriod;
import vn.chidao.reporting.EvaluationView;
import vn.chidao.reporting.Evaluations;
import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportRequest;
import vn.chidao.reporting.Reports;

/**
 * The evaluation page: a quarter's or a year's ranking (live while open, frozen once closed), the secretariat closing or
 * opening a period again and changing the criteria, the report downloaded as PDF or XLSX. A unit's people see their line.
 */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUARTERS = 8;

    @Inject
    Evaluations evaluations;

    @Inject
    Reports reports;

    @Inject
    Viewer viewer;

    private String period;
    private transient EvaluationView view;
    private String reopenReason;
    private Integer tasksWeight;
    private Integer reportsWeight;
    private Integer lateCredit;
    private BigDecimal extensionPenalty;
    private Integer extensionCap;
    private Integer excellentFrom;
    private Integer goodFrom;
    private Integer passFrom;
    private boolean excellentWithoutOverdue;
    private long criteriaVersion;

    /** The periods offered: the last eight quarters (the latest ended one first chosen) and the last two years. */
    public List<String> getPeriods() {
        List<String> periods = new ArrayList<>();
        EvaluationPeriod quarter = EvaluationPeriod.quarterOf(viewer.getToday());
        for (int i = 0; i < QUARTERS; i++, quarter = quarter.previous()) {
            periods.add(quarter.code());
        }
        int year = viewer.getToday().getYear();
        periods.add(Integer.toString(year));
        periods.add(Integer.toString(year - 1));
        return periods;
    }

    public String label(String code) {
        String label = EvaluationPeriod.parse(code).label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String getPeriod() {
        if (period == null) {
            LocalDate today = viewer.getToday();
            period = EvaluationPeriod.quarterOf(today).previous().code();
        }
        return period;
    }

    public void setPeriod(String period) {
        if (period != null && !period.equals(this.period)) {
            this.period = period;
            view = null;
        }
    }

    public EvaluationView getView() {
        if (view == null) {
            try {
                view = evaluations.evaluation(EvaluationPeriod.parse(getPeriod()), viewer.caller());
            } catch (RuleViolation violation) {
                Feedback.problems(violation);
            }
        }
        return view;
    }

    public boolean isSecretariat() {
        return viewer.isSecretariat();
    }

    /** An ended period can be closed; the current one cannot. */
    public boolean isClosable() {
        EvaluationView v = getView();
        return v != null && !v.closed() && v.to().isBefore(viewer.getToday());
    }

    public void close() {
        try {
            view = evaluations.close(EvaluationPeriod.parse(getPeriod()), viewer.caller());
            Feedback.done("evaluation.closedNow", label(getPeriod()));
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void reopen() {
        try {
            view = evaluations.reopen(EvaluationPeriod.parse(getPeriod()), reopenReason, viewer.caller());
            reopenReason = null;
            Feedback.done("evaluation.reopened", label(getPeriod()));
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void pdf() {
        download(ReportFormat.PDF);
    }

    public void xlsx() {
        download(ReportFormat.XLSX);
    }

    private void download(ReportFormat format) {
        ReportsPanel.download(reports, viewer, ReportRequest.evaluation(getPeriod(), format));
    }

    /** Loads the criteria into the form (the secretariat's panel). */
    public void editCriteria() {
        EvaluationCriteria c = evaluations.criteria(viewer.caller());
        tasksWeight = c.tasksWeight();
        reportsWeight = c.reportsWeight();
        lateCredit = c.lateCredit();
        extensionPenalty = c.extensionPenalty();
        extensionCap = c.extensionCap();
        excellentFrom = c.excellentFrom();
        goodFrom = c.goodFrom();
        passFrom = c.passFrom();
        excellentWithoutOverdue = c.excellentWithoutOverdue();
        criteriaVersion = c.version();
    }

    public boolean isEditing() {
        return tasksWeight != null;
    }

    public void saveCriteria() {
        try {
            evaluations.changeCriteria(new EvaluationCriteria(tasksWeight, reportsWeight, lateCredit, extensionPenalty, extensionCap,
                    excellentFrom, goodFrom, passFrom, excellentWithoutOverdue, criteriaVersion), viewer.caller());
            tasksWeight = null;
            view = null;
            Feedback.done("evaluation.criteria.saved");
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
        }
    }

    public void cancelCriteria() {
        tasksWeight = null;
    }

    public String grade(Object grade) {
        return Feedback.text("evaluation.grade." + grade);
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public Integer getTasksWeight() {
        return tasksWeight;
    }

    public void setTasksWeight(Integer tasksWeight) {
        this.tasksWeight = tasksWeight;
    }

    public Integer getReportsWeight() {
        return reportsWeight;
    }

    public void setReportsWeight(Integer reportsWeight) {
        this.reportsWeight = reportsWeight;
    }

    public Integer getLateCredit() {
        return lateCredit;
    }

    public void setLateCredit(Integer lateCredit) {
        this.lateCredit = lateCredit;
    }

    public BigDecimal getExtensionPenalty() {
        return extensionPenalty;
    }

    public void setExtensionPenalty(BigDecimal extensionPenalty) {
        this.extensionPenalty = extensionPenalty;
    }

    public Integer getExtensionCap() {
        return extensionCap;
    }

    public void setExtensionCap(Integer extensionCap) {
        this.extensionCap = extensionCap;
    }

    public Integer getExcellentFrom() {
        return excellentFrom;
    }

    public void setExcellentFrom(Integer excellentFrom) {
        this.excellentFrom = excellentFrom;
    }

    public Integer getGoodFrom() {
        return goodFrom;
    }

    public void setGoodFrom(Integer goodFrom) {
        this.goodFrom = goodFrom;
    }

    public Integer getPassFrom() {
        return passFrom;
    }

    public void setPassFrom(Integer passFrom) {
        this.passFrom = passFrom;
    }

    public boolean isExcellentWithoutOverdue() {
        return excellentWithoutOverdue;
    }

    public void setExcellentWithoutOverdue(boolean excellentWithoutOverdue) {
        this.excellentWithoutOverdue = excellentWithoutOverdue;
    }
}
