package vn.chidao.tasks;

/** A line of planned funding to add: for a document's envelope ({@code task} null) or for a task, one source, one year. */
public record NewFundingLine(Long document, Long task, Long source, Integer year, Long amount) {
}
