package vn.chidao.reporting;

import vn.chidao.plan.DocumentId;

/** A scheduled briefing: for a document (or all), how often, and the last period it was generated for. */
public record ScheduleView(long id, DocumentId document, Frequency frequency, boolean active, String lastPeriod,
                           long version) {
}
