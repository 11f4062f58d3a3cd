package vn.chidao.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.chidao.kernel.Appendices;
import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.kernel.Uploads;
import vn.chidao.organization.Caller;
import vn.chidao.organization.UnitNames;

/**
 * A unit's periodic report as units send it — one spreadsheet, one row per task — read into progress reports with
 * their obstacles and recommendations. The unit downloads its own template (its open tasks, each with the system's
 * number), fills in what it did, and uploads it: every row is checked first (the task is the unit's, the percent a whole
 * number from 0 to 100, the text there when anything else is), then all rows are reported in one transaction, or none.
 * Several obstacles in one cell are written one per line, as secretariats write them.
 */
@ApplicationScoped
public class ProgressImport {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_ROWS = 2000;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern WHOLE_PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+•*–]|\\d{1,2}[.)]|[a-zđ][.)])\\s+");
    private static final Set<String> YES = Set.of("co", "x", "yes", "dong y", "de nghi");
    private static final Set<String> NO = Set.of("", "khong", "no");

    enum Column {
        ID("ma he thong", "so hieu he thong", "id"),
        CODE("ma nhiem vu", "stt", "ma"),
        TEXT("ket qua thuc hien", "tinh hinh thuc hien", "ket qua", "noi dung bao cao", "bao cao"),
        PERCENT("tien do (%)", "tien do", "ty le hoan thanh", "ty le hoan thanh (%)", "%"),
        OBSTACLES("kho khan, vuong mac", "kho khan", "vuong mac", "kho khan vuong mac"),
        RECOMMENDATIONS("kien nghi, de xuat", "kien nghi", "de xuat", "kien nghi de xuat"),
        COMPLETION("de nghi cong nhan hoan thanh", "de nghi hoan thanh", "hoan thanh");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private static final String[] HEADER = {"Mã hệ thống", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Thời hạn", "Vai trò",
        "Kết quả thực hiện", "Tiến độ (%)", "Khó khăn, vướng mắc", "Kiến nghị, đề xuất", "Đề nghị công nhận hoàn thành"};
    private static final String[][] GUIDE = {
        {"Mã hệ thống", "Do hệ thống ghi sẵn; không sửa. Mỗi dòng là một nhiệm vụ đơn vị chủ trì hoặc phối hợp."},
        {"Kết quả thực hiện", "Bắt buộc với dòng có báo cáo: kết quả trong kỳ. Dòng để trống các cột báo cáo thì bỏ qua."},
        {"Tiến độ (%)", "Số nguyên từ 0 đến 100 (40 hoặc 40%); không ghi khoảng như \"15 đến 20\"."},
        {"Khó khăn, vướng mắc", "Không bắt buộc; mỗi khó khăn một dòng trong ô (Alt+Enter), có thể bắt đầu bằng dấu -."},
        {"Kiến nghị, đề xuất", "Không bắt buộc; mỗi kiến nghị một dòng trong ô."},
        {"Đề nghị công nhận hoàn thành", "\"Có\" hoặc \"x\" khi đơn vị chủ trì đề nghị công nhận hoàn thành; để trống nếu không."}};

    @Inject
    TaskQueries queries;

    @Inject
    TaskAccess access;

    @Inject
    TaskProgress progress;

    /** One row to report, as read. */
    public record Line(int row, TaskId task, String code, String text, int percent, boolean proposesCompletion,
                       List<String> obstacles, List<String> recommendations) {
    }

    /** What an upload found: the rows it reads as reports, every row's problems; nothing is written unless {@code committed}. */
    public record Result(boolean committed, int rows, List<ImportReport.RowError> errors, List<Line> reports) {
    }

    /** The template of the caller's unit: its open tasks, lead and cooperating, soonest due first. */
    public byte[] template(Caller caller) {
        if (caller.unit() == null || !caller.unitUser()) {
            throw RuleViolation.forbidden("progressImport.unitOnly");
        }
        List<TaskView> tasks = queries.list(new TaskFilter(caller.unit(), null, null, null, null, null), caller, 0, MAX_ROWS).stream()
                .filter(t -> t.state().open()).toList();
        String[][] rows = tasks.stream().map(t -> new String[] {Long.toString(t.id().value()), t.code(), t.title(),
                t.deadline().kind().periodic() ? t.deadline().label() + " (kỳ này: " + DMY.format(t.dueDate()) + ")" : DMY.format(t.dueDate()),
                t.leadUnit().equals(caller.unit()) ? "Chủ trì" : "Phối hợp", "", "", "", "", ""}).toArray(String[][]::new);
        try {
            return Appendices.template("Báo cáo tiến độ", HEADER, rows, GUIDE);
        } finally {
            Appendices.release();
        }
    }

    /** Reads an uploaded report; unless {@code dryRun}, reports every row in one transaction when no row has a problem. */
    @Transactional
    public Result importReport(InputStream file, boolean dryRun, Caller caller, Locale language) {
        if (caller.unit() == null || !caller.unitUser()) {
            throw RuleViolation.forbidden("progressImport.unitOnly");
        }
        byte[] content;
        try {
            content = Uploads.readAtMost(file, MAX_BYTES, "import.tooLarge");
        } catch (IOException unreadable) {
            throw RuleViolation.invalid("file", "import.unreadable");
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int read = 0;
        try (Workbook workbook = Appendices.open(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Column, Integer> columns = Appendices.header(sheet, title -> {
                String name = UnitNames.key(title);
                return Arrays.stream(Column.values()).filter(c -> c.names.contains(name)).findFirst().orElse(null);
            }, found -> found.contains(Column.ID));
            int headerRow = columns.remove(null);
            if (!columns.containsKey(Column.ID) || !columns.containsKey(Column.TEXT)) {
                errors.add(new ImportReport.RowError(headerRow + 1, null, Messages.text(language, "progressImport.header")));
                return new Result(false, 0, errors, lines);
            }
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
            Set<Long> seen = new HashSet<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Reader reader = new Reader(row, r + 1, columns, formatter, errors, language, sheet.getRow(headerRow));
                String text = reader.text(Column.TEXT);
                String percent = reader.text(Column.PERCENT);
                String obstacles = reader.text(Column.OBSTACLES);
                String recommendations = reader.text(Column.RECOMMENDATIONS);
                String completion = reader.text(Column.COMPLETION);
                if (text.isEmpty() && percent.isEmpty() && obstacles.isEmpty() && recommendations.isEmpty() && completion.isEmpty()) {
                    continue;
                }
                if (++read > MAX_ROWS) {
                    errors.add(new ImportReport.RowError(r + 1, null, Messages.text(language, "import.tooManyRows", MAX_ROWS)));
                    break;
                }
                TaskId task = reader.task(caller, seen);
                if (text.isEmpty()) {
                    reader.error(Column.TEXT, "progress.text.required");
                }
                Integer whole = reader.percent(percent);
                Boolean proposes = reader.yesNo(completion);
                if (reader.clean()) {
                    lines.add(new Line(r + 1, task, reader.text(Column.CODE), text, whole, proposes, items(obstacles), items(recommendations)));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw RuleViolation.invalid("file", "import.unreadable");
        } finally {
            Appendices.release();
        }
        if (read == 0 && errors.isEmpty()) {
            errors.add(new ImportReport.RowError(0, null, Messages.text(language, "progressImport.empty")));
        }
        if (dryRun || !errors.isEmpty()) {
            return new Result(false, read, errors, lines);
        }
        for (Line line : lines) {
            progress.reportProgress(line.task(), caller, null, line.text(), line.percent(), line.proposesCompletion(),
                    line.obstacles(), line.recommendations());
        }
        return new Result(true, read, errors, lines);
    }

    /** A cell's items, one per line, without the bullets or numbers people start them with. */
    static List<String> items(String cell) {
        return cell.lines().map(line -> BULLET.matcher(line).replaceFirst("").strip()).filter(line -> !line.isEmpty()).toList();
    }

    /** One row's cells, collecting its problems instead of stopping at the first. */
    private final class Reader {
        private final Row row;
        private final int number;
        private final Map<Column, Integer> columns;
        private final DataFormatter formatter;
        private final List<ImportReport.RowError> errors;
        private final Locale language;
        private final Row header;
        private boolean clean = true;

        Reader(Row row, int number, Map<Column, Integer> columns, DataFormatter formatter, List<ImportReport.RowError> errors,
               Locale language, Row header) {
            this.row = row;
            this.number = number;
            this.columns = columns;
            this.formatter = formatter;
            this.errors = errors;
            this.language = language;
            this.header = header;
        }

        String text(Column column) {
            Integer index = columns.get(column);
            Cell cell = index == null ? null : row.getCell(index);
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.FORMULA) {
                error(column, "import.formula");
                return "";
            }
            String value = formatter.formatCellValue(cell).strip();
            if (value.length() > 20_000) {
                error(column, "import.tooLong", 20_000);
                return "";
            }
            return value;
        }

        TaskId task(Caller caller, Set<Long> seen) {
            String written = text(Column.ID);
            long id;
            try {
                id = Long.parseLong(written.replaceAll("[.,\\s]", ""));
            } catch (NumberFormatException notANumber) {
                error(Column.ID, "progressImport.id", written);
                return null;
            }
            if (!seen.add(id)) {
                error(Column.ID, "progressImport.repeated", written);
                return null;
            }
            TaskId task = new TaskId(id);
            try {
                access.require(access.visible(task, caller), caller, TaskAction.REPORT_PROGRESS, "task.progress.unitOnly");
                return task;
            } catch (RuleViolation notTheirs) {
                error(Column.ID, "progressImport.notYours", written);
                return null;
            }
        }

        Integer percent(String written) {
            Matcher m = WHOLE_PERCENT.matcher(written);
            if (written.isEmpty()) {
                error(Column.PERCENT, "progress.percent.required");
                return null;
            }
            if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
                error(Column.PERCENT, "progressImport.percent", written);
                return null;
            }
            return Integer.parseInt(m.group(1));
        }

        Boolean yesNo(String written) {
            String key = UnitNames.key(written);
            if (YES.contains(key)) {
                return true;
            }
            if (NO.contains(key)) {
                return false;
            }
            error(Column.COMPLETION, "progressImport.yesNo", written);
            return null;
        }

        void error(Column column, String key, Object... arguments) {
            clean = false;
            Integer index = columns.get(column);
            Cell title = index == null || header == null ? null : header.getCell(index);
            String name = title == null ? column.names.get(0) : formatter.formatCellValue(title).strip();
            errors.add(new ImportReport.RowError(number, name, Messages.text(language, key, arguments)));
        }

        boolean clean() {
            return clean;
        }
    }
}
