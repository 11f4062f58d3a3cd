package vn.chidao.tasks;

import java.time.Instant;

import vn.chidao.plan.DocumentId;

/** A line of planned funding: a document's envelope (no task) or a task's, from one source for one year, in đồng. */
public record FundingLineView(Long id, DocumentId document, TaskId task, Long source, String sourceName, int year, long amount,
                              String changedBy, Instant changedAt, long version) {
}
