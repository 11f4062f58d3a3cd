package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DataSheetTest {

    @Test
    void datesAreDatesNumbersAndPercentagesNumbersTextTextWithAFrozenFilteredHeading() throws Exception {
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataSheet sheet = new DataSheet(workbook.createSheet("Nhiệm vụ"), new DataSheet.Styles(workbook),
                    List.of("Nội dung", "Hạn", "Báo cáo lúc", "Tiến độ", "Tỷ lệ"),
                    List.of(DataSheet.Kind.TEXT, DataSheet.Kind.DATE, DataSheet.Kind.DATETIME, DataSheet.Kind.NUMBER, DataSheet.Kind.PERCENT));
            sheet.row(List.of("=HYPERLINK(\"http://evil.example\")", "31/03/2025", "30/11/2026 08:15", 40, 33.3));
            sheet.row(Arrays.asList("Số hóa hồ sơ thủ tục hành chính của các sở, ban, ngành và UBND các xã, phường trên địa bàn tỉnh",
                    LocalDate.of(2026, 12, 31), null, 7, null));
            sheet.row(List.of("Thường xuyên", "Quý IV/2026", "", "", ""));
            sheet.finish();
            workbook.write(out);
            workbook.dispose();
            xlsx = out.toByteArray();
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Nhiệm vụ");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo("2026-11-30T08:15");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(40);
            assertThat(first.getCell(4).getNumericCellValue()).isCloseTo(0.333, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            // a period as plans write it stays the words it is
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Quý IV/2026");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(book.getSheet("Nhiệm vụ").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(60 * 256);
            assertThat(sheet.getColumnWidth(1)).isBetween(10 * 256, 14 * 256);
        }
    }
}
