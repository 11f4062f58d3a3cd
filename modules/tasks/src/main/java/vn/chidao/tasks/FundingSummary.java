package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.List;

/** Funding planned and disbursed, broken down one way ({@link FundingBreakdown}), as of a day, with the total line. */
public record FundingSummary(FundingBreakdown by, LocalDate asOf, List<FundingRow> rows, FundingRow total) {
}
