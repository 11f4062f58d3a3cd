package vn.chidao.app.ui;

import java.io.Serializable;

import vn.chidao.kernel.Money;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.NewFundingLine;

/** A line of planned funding as typed on a page: the source, the year, the amount as people write it ("12,8 tỷ"). */
public class FundingLineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long source;
    private Integer year;
    private String amount;

    /** The line for a document's envelope ({@code task} null) or a task; refused naming the field when the amount is not money. */
    NewFundingLine line(Long document, Long task) {
        return new NewFundingLine(document, task, source, year, parse(amount, "amount"));
    }

    /** An amount as written; refused, naming {@code field}, when it is missing or is not an amount of whole đồng. */
    static long parse(String written, String field) {
        if (written == null || written.isBlank()) {
            throw RuleViolation.invalid(field, "funding.amount.required");
        }
        return Money.parse(written).orElseThrow(() -> RuleViolation.invalid(field, "funding.amount.invalid", written.strip()));
    }

    public Long getSource() {
        return source;
    }

    public void setSource(Long source) {
        this.source = source;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
