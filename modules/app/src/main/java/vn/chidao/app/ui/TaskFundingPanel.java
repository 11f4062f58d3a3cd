package vn.chidao.app.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.chidao.kernel.Money;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.DisbursementView;
import vn.chidao.tasks.Funding;
import vn.chidao.tasks.FundingSourceView;
import vn.chidao.tasks.TaskFunding;
import vn.chidao.tasks.TaskView;

/**
 * The money on the task page: what is planned by source and year, what the lead unit disbursed and when, the totals and
 * a flag when more was disbursed than planned; the secretariat plans a line and corrects a reported amount with a reason.
 */
@Named("taskFunding")
@ViewScoped
public class TaskFundingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskPage page;

    @Inject
    Funding funding;

    @Inject
    Viewer viewer;

    private TaskFunding money;
    private List<FundingSourceView> sources;
    private final FundingLineForm line = new FundingLineForm();
    private String correctedAmount;
    private String correctionReason;

    public TaskFunding getMoney() {
        TaskView task = page.getTask();
        if (money == null && task != null) {
            money = funding.task(task.id(), viewer.caller());
        }
        return money;
    }

    /** The sources a new amount may name. */
    public List<FundingSourceView> getSources() {
        if (sources == null) {
            sources = funding.sources().stream().filter(FundingSourceView::active).toList();
        }
        return sources;
    }

    /** The sources paid out beyond their planned lines, for the flag beside the totals. */
    public String getOverPlanNames() {
        return getMoney() == null ? "" : String.join(", ", getMoney().overPlanSources());
    }

    public String words(long dong) {
        return Money.words(dong);
    }

    public String exact(long dong) {
        return Money.exact(dong);
    }

    /** The secretariat plans a line for this task; the amount as people write it. */
    public String plan() {
        try {
            funding.plan(line.line(null, page.getTask().id().value()), viewer.caller());
            Feedback.done("funding.line.saved");
            return "task?faces-redirect=true&id=" + page.getTask().id().value();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            return null;
        }
    }

    /** The secretariat corrects a reported disbursement, with a reason. */
    public String correct(DisbursementView disbursement) {
        try {
            funding.correct(disbursement.id(), FundingLineForm.parse(correctedAmount, "amount"), correctionReason, disbursement.version(), viewer.caller());
            Feedback.done("funding.corrected");
            return "task?faces-redirect=true&id=" + page.getTask().id().value();
        } catch (RuleViolation violation) {
            Feedback.problems(violation);
            money = null;
            return null;
        }
    }

    public FundingLineForm getLine() {
        return line;
    }

    public String getCorrectedAmount() {
        return correctedAmount;
    }

    public void setCorrectedAmount(String correctedAmount) {
        this.correctedAmount = correctedAmount;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
