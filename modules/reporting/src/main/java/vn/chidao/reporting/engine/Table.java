package vn.chidao.reporting.engine;

import java.util.List;
import java.util.Map;

/**
 * One table of a report: the rows a sub-report prints and, the same rows, one sheet of the Excel
 * version — so the PDF and the workbook cannot disagree.
 */
public record Table(String sheet, String title, List<Column> columns, List<Map<String, Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column: the row key it shows, its heading, and whether its cells are numbers. */
    public record Column(String key, String header, boolean number) {

        public static Column text(String key, String header) {
            return new Column(key, header, false);
        }

        public static Column number(String key, String header) {
            return new Column(key, header, true);
        }
    }
}
