package vn.chidao.app.ui;

import java.io.Serializable;

import org.primefaces.model.file.UploadedFile;

/**
 * A unit's progress report on the task page: the text, the percent, a file, whether it proposes completion, and the
 * obstacles and recommendations it raises (one per line), and from the lead unit what it disbursed since its previous
 * report from one source, written as people write money ("450 triệu", "1,2 tỷ", "1.200.000.000").
 */
public class ProgressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Integer percent;
    private boolean proposeCompletion;
    private transient UploadedFile file;
    private String obstacles;
    private String recommendations;
    private Long disbursedSource;
    private String disbursedAmount;

    /** One item per non-blank line. */
    static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getObstacles() {
        return obstacles;
    }

    public void setObstacles(String obstacles) {
        this.obstacles = obstacles;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    /** The percent to record: 100 when completion is proposed, else as typed, else the task's current one. */
    int percentOr(int current) {
        return proposeCompletion ? 100 : percent == null ? current : percent;
    }

    boolean hasFile() {
        return file != null && file.getSize() > 0;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public boolean isProposeCompletion() {
        return proposeCompletion;
    }

    public void setProposeCompletion(boolean proposeCompletion) {
        this.proposeCompletion = proposeCompletion;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** What the form says was disbursed; empty when nothing; refused (naming the field) when the amount is not money. */
    java.util.List<vn.chidao.tasks.Disbursed> disbursed() {
        if (disbursedAmount == null || disbursedAmount.isBlank()) {
            return java.util.List.of();
        }
        long amount = FundingLineForm.parse(disbursedAmount, "disbursements");
        if (disbursedSource == null) {
            throw vn.chidao.kernel.RuleViolation.invalid("source", "funding.source.unknown", "");
        }
        return java.util.List.of(new vn.chidao.tasks.Disbursed(disbursedSource, amount));
    }

    public Long getDisbursedSource() {
        return disbursedSource;
    }

    public void setDisbursedSource(Long disbursedSource) {
        this.disbursedSource = disbursedSource;
    }

    public String getDisbursedAmount() {
        return disbursedAmount;
    }

    public void setDisbursedAmount(String disbursedAmount) {
        this.disbursedAmount = disbursedAmount;
    }
}
