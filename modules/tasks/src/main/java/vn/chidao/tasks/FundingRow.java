package vn.chidao.tasks;

/**
 * One line of a funding summary: a document, pillar, lead unit or source, with the documents' envelopes (documents and
 * sources only), the funding planned for tasks, what was disbursed, the rate (disbursed / planned for tasks; null when
 * nothing is planned) and whether more was disbursed than planned.
 */
public record FundingRow(String key, String name, Long envelope, long planned, long disbursed, Double rate, boolean overPlan) {
}
