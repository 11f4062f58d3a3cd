package vn.chidao.reporting.engine;

import java.util.List;
import java.util.Map;

import vn.chidao.kernel.DataSheet;

/**
 * One table of a report: the rows a sub-report prints and, the same rows, one sheet of the Excel
 * version — so the PDF and the workbook cannot disagree.
 */
public record Table(String sheet, String title, List<Column> columns, List<Map<String, Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column: the row key it shows, its heading, and what its cells hold in the workbook. */
    public record Column(String key, String header, DataSheet.Kind kind) {

        public static Column text(String key, String header) {
            return new Column(key, header, DataSheet.Kind.TEXT);
        }

        public static Column number(String key, String header) {
            return new Column(key, header, DataSheet.Kind.NUMBER);
        }

        /** Numbers of percent (33.3 is 33,3%), written as percentages. */
        /** Whole đồng, as a number with thousands grouped. */
        public static Column money(String key, String header) {
            return new Column(key, header, DataSheet.Kind.MONEY);
        }

        public static Column percent(String key, String header) {
            return new Column(key, header, DataSheet.Kind.PERCENT);
        }

        /** Days, given as dates or as the dd/MM/yyyy text the PDF prints; written as dates. */
        public static Column date(String key, String header) {
            return new Column(key, header, DataSheet.Kind.DATE);
        }

        /** Moments, given as the dd/MM/yyyy HH:mm text the PDF prints; written as date and time. */
        public static Column moment(String key, String header) {
            return new Column(key, header, DataSheet.Kind.DATETIME);
        }
    }
}
