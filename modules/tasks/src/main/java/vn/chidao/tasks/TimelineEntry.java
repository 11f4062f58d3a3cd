package vn.chidao.tasks;

import java.time.Instant;
import java.util.List;

/**
 * One event in a task's history, with who did it and when. {@code changes} lists the fields a
 * change touched, with their values before and after.
 */
public record TimelineEntry(Instant at, String actor, Kind kind, String text, List<FieldChange> changes) {

    public enum Kind { ASSIGNED, CHANGED, PROGRESS_REPORTED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REJECTED }

    public record FieldChange(String field, String before, String after) {
    }

    public TimelineEntry {
        changes = List.copyOf(changes);
    }
}
