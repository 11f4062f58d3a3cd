package vn.chidao.tasks;

import java.util.List;

import vn.chidao.plan.Pillar;

/**
 * What an appendix import found: where it read ({@code source}: the sheet or the Word file's table, null for a
 * workbook's only sheet), every row's problems (row numbers as Excel shows them, or counted from the table's top),
 * what it will do that the sheet did not say ({@code warnings}: a merged unit's work going to its successor, a
 * cooperating unit that became the lead), the rows it read as group headings (their pillar holds for the rows
 * below), and the tasks it would create or created. Nothing is written unless {@code committed}.
 */
public record ImportReport(boolean committed, int rows, String source, List<RowError> errors, List<RowError> warnings,
                           List<RowError> headings, List<ImportedTask> tasks) {

    public record RowError(int row, String column, String message) {
    }

    /** A task read from a row; {@code funding} is the amount and source it plans, in words, or null. */
    public record ImportedTask(int row, String code, String title, String lead, List<String> cooperating, String deadline,
                               String dueDate, Pillar pillar, String funding, TaskId id) {
        public ImportedTask {
            cooperating = List.copyOf(cooperating);
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        headings = List.copyOf(headings);
        tasks = List.copyOf(tasks);
    }
}
