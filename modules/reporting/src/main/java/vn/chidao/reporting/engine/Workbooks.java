package vn.chidao.reporting.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Excel version of a report: one sheet per table, data-shaped (a heading row, then one row per
 * record, numbers as numbers, a filter on the headings) so it can be sorted and summed, not a page image.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] xlsx(ReportContent content, List<String> about) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            Sheet cover = workbook.createSheet(WorkbookUtil.createSafeSheetName("Thông tin"));
            int r = 0;
            for (String line : about) {
                cover.createRow(r++).createCell(0).setCellValue(line);
            }
            cover.getRow(0).getCell(0).setCellStyle(heading);
            cover.setColumnWidth(0, 120 * 256);
            for (Table table : content.tables()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheet()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    head.createCell(c).setCellValue(table.columns().get(c).header());
                    head.getCell(c).setCellStyle(heading);
                    sheet.setColumnWidth(c, (table.columns().get(c).number() ? 14 : 40) * 256);
                }
                int n = 1;
                for (Map<String, Object> row : table.rows()) {
                    Row line = sheet.createRow(n++);
                    for (int c = 0; c < table.columns().size(); c++) {
                        Object value = row.get(table.columns().get(c).key());
                        if (value instanceof Number number) {
                            line.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            line.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                if (!table.columns().isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, table.columns().size() - 1));
                }
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
