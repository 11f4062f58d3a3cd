package vn.chidao.tasks;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.chidao.kernel.Appendices;
import vn.chidao.kernel.Messages;
import vn.chidao.organization.UnitNames;
import vn.chidao.organization.UnitView;

/**
 * How {@link AppendixImport} reads a task appendix sheet: its columns by the names secretariats give them
 * (without diacritics, any case), the header row among the first ten, and one row's cells with every
 * problem collected rather than the first one only.
 */
final class AppendixSheet {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AppendixSheet() {
    }

    enum Column {
        CODE("stt", "tt", "so tt", "so thu tu", "ma", "ma nhiem vu", "ma so"),
        TITLE("noi dung nhiem vu", "noi dung", "nhiem vu", "ten nhiem vu", "noi dung cong viec", "cong viec", "nhiem vu cu the",
                "nhiem vu, giai phap"),
        LEAD("don vi chu tri", "co quan chu tri", "chu tri", "co quan, don vi chu tri", "don vi chu tri thuc hien",
                "co quan thuc hien", "don vi thuc hien", "co quan, don vi thuc hien", "chu tri thuc hien"),
        COOPERATING("don vi phoi hop", "co quan phoi hop", "phoi hop", "co quan, don vi phoi hop", "don vi phoi hop thuc hien",
                "co quan phoi hop thuc hien"),
        DEADLINE("thoi han", "thoi han hoan thanh", "thoi gian hoan thanh", "thoi gian thuc hien", "thoi gian", "tien do",
                "tien do hoan thanh", "thoi han thuc hien", "moc thoi gian"),
        PILLAR("linh vuc", "tru cot", "thuoc tru cot", "thuoc linh vuc"),
        OUTPUT("san pham", "san pham dau ra", "ket qua dau ra", "san pham/ket qua", "ket qua", "san pham du kien",
                "hinh thuc san pham", "ket qua, san pham"),
        /** Kinh phí: any title starting so, with its unit in brackets ("Kinh phí dự kiến (triệu đồng)"). */
        FUNDING("kinh phi"),
        /** Nguồn kinh phí, nguồn vốn. */
        SOURCE("nguon kinh phi", "nguon von");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    static final Set<Column> REQUIRED = Set.of(Column.CODE, Column.TITLE, Column.LEAD, Column.DEADLINE);

    private static final java.util.regex.Pattern FUNDING_TITLE = java.util.regex.Pattern.compile(
            "(tong |du kien |du toan )?kinh phi( du kien| thuc hien| du toan)?( ?\\(.*\\))?");
    private static final java.util.regex.Pattern SOURCE_TITLE = java.util.regex.Pattern.compile("nguon (kinh phi|von)( .*)?");
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile(".*\\b(ty|ti|trieu|nghin|ngan|dong|d|vnd)\\b.*");
    /** Below this, a bare number is more likely millions typed without the unit than đồng: the import asks. */
    private static final long PLAUSIBLE_DONG = 1_000_000L;

    /**
     * An amount as an appendix writes it: with its unit in the cell ("12,8 tỷ", "450 triệu đồng") or in the column's title
     * ("Kinh phí (triệu đồng)": 1.500 is 1,5 tỷ); a bare small number under a title without a unit is refused, not guessed.
     */
    static Optional<Long> money(String cell, String columnTitle) {
        String plainCell = vn.chidao.kernel.Words.plain(cell);
        if (UNIT_WORD.matcher(plainCell).matches()) {
            return vn.chidao.kernel.Money.parse(cell);
        }
        String title = vn.chidao.kernel.Words.plain(columnTitle);
        long scale = title.matches(".*\\b(ty|ti)\\b.*") ? 1_000_000_000L : title.contains("trieu") ? 1_000_000L
                : title.matches(".*\\b(nghin|ngan)\\b.*") ? 1_000L : 1L;
        Optional<java.math.BigDecimal> number = vn.chidao.kernel.Numbers.parse(cell);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            long dong = number.get().multiply(java.math.BigDecimal.valueOf(scale)).stripTrailingZeros().longValueExact();
            return scale == 1 && Math.abs(dong) < PLAUSIBLE_DONG && dong != 0 ? Optional.empty() : Optional.of(dong);
        } catch (ArithmeticException fraction) {
            return Optional.empty();
        }
    }

    static final int CODE_LENGTH = 32;

    private static final Pattern TOP_LEVEL = Pattern.compile("^([IVXLC]+|[A-Z])[.)]?(\\s.*)?$", Pattern.DOTALL);

    /**
     * The sheet holding the appendix: the first whose header names every required column; otherwise the one naming
     * most of them, so that the message about the missing ones is about the right sheet.
     */
    static Sheet appendix(Workbook workbook) {
        Sheet best = workbook.getSheetAt(0);
        int found = -1;
        for (Sheet sheet : workbook) {
            Map<Column, Integer> columns = header(sheet);
            columns.remove(null);
            if (columns.keySet().containsAll(REQUIRED)) {
                return sheet;
            }
            if (columns.size() > found) {
                found = columns.size();
                best = sheet;
            }
        }
        return best;
    }

    /** A task's STT as written, without the dot or bracket a numbered list adds ("1." and "1)" are "1"). */
    static String code(String written) {
        return written == null ? null : written.replaceAll("[.)]+$", "").strip();
    }

    /** A heading numbered "I", "II", "A", "B" (not "1", "1.2") opens a new part: the pillar of the part before ends. */
    static boolean topLevel(String code) {
        return code != null && TOP_LEVEL.matcher(code).matches();
    }

    /** Finds the header row among the first ten; the map's null key holds its index. */
    static Map<Column, Integer> header(Sheet sheet) {
        return Appendices.header(sheet, title -> {
            String name = UnitNames.key(title);
            if (FUNDING_TITLE.matcher(name).matches()) {
                return Column.FUNDING;
            }
            if (SOURCE_TITLE.matcher(name).matches()) {
                return Column.SOURCE;
            }
            return Arrays.stream(Column.values()).filter(c -> c.names.contains(name)).findFirst().orElse(null);
        }, columns -> true);
    }

    static boolean blank(Row row, Map<Column, Integer> columns) {
        for (int index : columns.values()) {
            Cell cell = row.getCell(index);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** One row's cells, collecting its problems instead of stopping at the first. */
    static final class RowReader {
        private final Row row;
        private final int number;
        private final Map<Column, Integer> columns;
        private final int headerRow;
        private final DataFormatter formatter;
        private final List<ImportReport.RowError> errors;
        private final Locale language;
        private boolean clean = true;

        RowReader(Row row, int number, Map<Column, Integer> columns, int headerRow, DataFormatter formatter,
                  List<ImportReport.RowError> errors, Locale language) {
            this.headerRow = headerRow;
            this.row = row;
            this.number = number;
            this.columns = columns;
            this.formatter = formatter;
            this.errors = errors;
            this.language = language;
        }

        String text(Column column, int max) {
            Cell cell = cell(column);
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.FORMULA) {
                error(column, "import.formula");
                return null;
            }
            String value = formatter.formatCellValue(cell).strip();
            // a cell a spreadsheet program would run as a formula when the data is exported again
            if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0 || value.startsWith("-=")) {
                error(column, "import.formula");
                return null;
            }
            if (value.length() > max) {
                error(column, "import.tooLong", max);
                return null;
            }
            return value;
        }

        String deadline(Column column) {
            Cell cell = cell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().format(DMY);
            }
            return text(column, 64);
        }

        UnitView unit(Column column, String name, UnitNames units, boolean required) {
            if (name == null) {
                return null;
            }
            if (name.isBlank()) {
                if (required) {
                    error(column, "task.lead.required");
                }
                return null;
            }
            List<UnitView> found = units.find(name);
            if (found.size() == 1) {
                return found.get(0);
            }
            error(column, found.isEmpty() ? "import.unit.unknown" : "import.unit.ambiguous", name.strip());
            return null;
        }

        void error(Column column, String key, Object... arguments) {
            clean = false;
            errors.add(new ImportReport.RowError(number, column == null ? null : title(column), Messages.text(language, key, arguments)));
        }

        /** The column's title as the sheet writes it ("Đơn vị chủ trì"), for messages. */
        String title(Column column) {
            Integer index = columns.get(column);
            Row header = index == null ? null : row.getSheet().getRow(headerRow);
            Cell cell = header == null ? null : header.getCell(index);
            String written = cell == null ? "" : formatter.formatCellValue(cell).strip();
            return written.isEmpty() ? column.names.get(0) : written;
        }

        boolean clean() {
            return clean;
        }

        private Cell cell(Column column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }
    }
}
