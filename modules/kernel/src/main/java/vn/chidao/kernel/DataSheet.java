package vn.chidao.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table written as data, in every workbook the product makes: a bold heading row frozen at the top with a filter,
 * then one row per record — dates as dates (dd/mm/yyyy), numbers and percentages as numbers, text as text (never a
 * formula) — and each column as wide as its content, within bounds.
 */
public final class DataSheet {

    /**
     * What a column holds. A PERCENT value is a number of percent (40 is 40%); MONEY is whole đồng shown with thousands
     * grouped; a DATE may come as dd/MM/yyyy text.
     */
    public enum Kind { TEXT, NUMBER, PERCENT, MONEY, DATE, DATETIME }

    /** The cell styles of one workbook (a workbook holds a limited number: made once, shared by its sheets). */
    public static final class Styles {
        private final CellStyle heading;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle percent;
        private final CellStyle money;
        private final CellStyle wrapped;

        public Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final Styles styles;
    private final List<Kind> kinds;
    private final int[] widths;
    private int next = 1;

    public DataSheet(Sheet sheet, Styles styles, List<String> headers, List<Kind> kinds) {
        if (headers.size() != kinds.size()) {
            throw new IllegalArgumentException(headers.size() + " headers for " + kinds.size() + " columns");
        }
        this.sheet = sheet;
        this.styles = styles;
        this.kinds = List.copyOf(kinds);
        this.widths = new int[headers.size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.heading);
            // a heading wraps: its longest word sets the floor
            for (String word : headers.get(c).split("\\s+")) {
                widths[c] = Math.max(widths[c], word.length() + 2);
            }
        }
    }

    /** One record, a value per column (null leaves the cell empty). */
    public void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < kinds.size(); c++) {
            Object value = c < values.size() ? values.get(c) : null;
            if (value == null || value instanceof String text && text.isEmpty()) {
                continue;
            }
            write(row.createCell(c), kinds.get(c), value);
            widths[c] = Math.max(widths[c], shownLength(kinds.get(c), value));
        }
    }

    /** Widths, the frozen heading and the filter over what was written. */
    public void finish() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 1)) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (widths.length > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
        }
    }

    private void write(Cell cell, Kind kind, Object value) {
        switch (kind) {
            case NUMBER -> {
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    text(cell, value.toString());
                }
            }
            case MONEY -> {
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.money);
                } else {
                    text(cell, value.toString());
                }
            }
            case PERCENT -> {
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue() / 100);
                    cell.setCellStyle(styles.percent);
                } else {
                    text(cell, value.toString());
                }
            }
            case DATE, DATETIME -> {
                LocalDateTime at = moment(value);
                if (at == null) {
                    text(cell, value.toString());
                } else {
                    cell.setCellValue(at);
                    cell.setCellStyle(kind == Kind.DATE && at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? styles.date : styles.dateTime);
                }
            }
            case TEXT -> text(cell, value.toString());
        }
    }

    /** Text as text: POI writes a string cell, never a formula, whatever it starts with. */
    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (text.length() > MAX_WIDTH) {
            cell.setCellStyle(styles.wrapped);
        }
    }

    /** A date or moment given as such or as the dd/MM/yyyy [HH:mm] text the pages show; null when it is neither. */
    static LocalDateTime moment(Object value) {
        if (value instanceof LocalDate day) {
            return day.atStartOfDay();
        }
        if (value instanceof LocalDateTime at) {
            return at;
        }
        String text = value.toString().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text, DMY).atStartOfDay();
            }
            if (text.length() == 16) {
                return LocalDateTime.parse(text, DMY_HM);
            }
        } catch (DateTimeParseException notADate) {
            return null;
        }
        return null;
    }

    private static int shownLength(Kind kind, Object value) {
        return switch (kind) {
            case DATE -> 10;
            case DATETIME -> 16;
            case NUMBER, PERCENT -> value instanceof Number ? 10 : value.toString().length();
            case MONEY -> value instanceof Number ? 18 : value.toString().length();
            case TEXT -> value.toString().length();
        };
    }
}
