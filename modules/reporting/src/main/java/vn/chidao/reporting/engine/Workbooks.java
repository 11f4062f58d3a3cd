package vn.chidao.reporting.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.chidao.kernel.DataSheet;

/**
 * The Excel version of a report: a cover sheet saying what it is, then one sheet per table, data-shaped (a heading row,
 * then one row per record: dates as dates, numbers and percentages as numbers, a filter on the headings) so it can be
 * sorted and summed, not a page image.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] xlsx(ReportContent content, List<String> about) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            DataSheet.Styles styles = new DataSheet.Styles(workbook);
            DataSheet cover = new DataSheet(workbook.createSheet(WorkbookUtil.createSafeSheetName("Thông tin")), styles,
                    List.of(about.isEmpty() ? "" : about.get(0)), List.of(DataSheet.Kind.TEXT));
            about.stream().skip(1).forEach(line -> cover.row(List.of(line)));
            cover.finish();
            for (Table table : content.tables()) {
                DataSheet sheet = new DataSheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheet())), styles,
                        table.columns().stream().map(Table.Column::header).toList(),
                        table.columns().stream().map(Table.Column::kind).toList());
                for (Map<String, Object> row : table.rows()) {
                    List<Object> values = new ArrayList<>();
                    table.columns().forEach(column -> values.add(row.get(column.key())));
                    sheet.row(values);
                }
                sheet.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
