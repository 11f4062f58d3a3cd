package vn.chidao.tasks;

import java.util.List;

/**
 * What an appendix import found: every row's problems (row numbers as Excel shows them), what it will do that
 * the sheet did not say ({@code warnings}: a merged unit's work going to its successor, a cooperating unit that
 * became the lead), and the tasks it would create or created. Nothing is written unless {@code committed}.
 */
public record ImportReport(boolean committed, int rows, List<RowError> errors, List<RowError> warnings, List<ImportedTask> tasks) {

    public record RowError(int row, String column, String message) {
    }

    public record ImportedTask(int row, String code, String title, String lead, List<String> cooperating, String deadline,
                               String dueDate, TaskId id) {
        public ImportedTask {
            cooperating = List.copyOf(cooperating);
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        tasks = List.copyOf(tasks);
    }
}
