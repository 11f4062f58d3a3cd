package vn.chidao.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in a task's history, as a sentence in the reader's language with names, not ids
 * ("Sở Tài chính báo cáo tiến độ 50%.", "Đồng ý gia hạn từ 31/03/2027 đến 30/06/2027."). {@code on} is the day it
 * happened (a report's own date, the day the task was assigned), {@code at} when it was recorded; {@code actor}
 * is who recorded it, "system" for the product's own work (mergers, start-up). {@code text} is the words the
 * person wrote (a report, a reason); {@code changes} the recorded fields before and after, for programs.
 */
public record TimelineEntry(LocalDate on, Instant at, String actor, Kind kind, String sentence, String text,
                            List<FieldChange> changes) {

    public enum Kind {
        ASSIGNED, PROGRESS_REPORTED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REJECTED, COMPLETION_ACCEPTED,
        COMPLETION_RETURNED, SUSPENDED, CANCELLED, RESUMED, UNIT_MOVED, DEADLINE_CORRECTED, PERIOD_WAIVED, CHANGED
    }

    public record FieldChange(String field, String before, String after) {
    }

    public TimelineEntry {
        changes = List.copyOf(changes);
    }
}
