package vn.chidao.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class AppendicesTest {

    @Test
    void aWordTableBecomesASheetWithMergedCellsSpanningHeadingsAndNumberingWrittenOut() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // the letterhead of a Vietnamese administrative document is itself a table
            XWPFTable letterhead = document.createTable(1, 2);
            letterhead.getRow(0).getCell(0).setText("UBND TỈNH ĐỒNG NAI");
            letterhead.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            document.createParagraph().createRun().setText("Phụ lục: DANH MỤC NHIỆM VỤ");
            BigInteger list = decimalList(document);

            XWPFTable table = document.createTable(5, 4);
            fill(table, 0, "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành");
            // a group heading spanning the whole row
            XWPFTableCell heading = table.getRow(1).getCell(0);
            heading.setText("I. HẠ TẦNG SỐ");
            heading.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
            table.getRow(1).removeCell(3);
            table.getRow(1).removeCell(2);
            table.getRow(1).removeCell(1);
            fill(table, 2, "", "Phát triển hạ tầng băng rộng", "Sở KH&CN", "2026");
            table.getRow(2).getCell(1).addParagraph().createRun().setText("(cáp quang đến thôn, ấp)");
            fill(table, 3, "", "Phủ sóng 5G", "", "Quý IV/2026");
            fill(table, 4, "", "Trung tâm dữ liệu", "", "2027");
            for (int r = 2; r <= 4; r++) {
                table.getRow(r).getCell(0).getParagraphs().get(0).setNumID(list);
                table.getRow(r).getCell(0).getParagraphs().get(0).setNumILvl(BigInteger.ZERO);
            }
            // the lead written once for three rows
            table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(3).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(4).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            document.write(out);
            docx = out.toByteArray();
        }

        try (Workbook workbook = Appendices.open(docx)) {
            assertThat(Appendices.isWord(workbook)).isTrue();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(rows(workbook.getSheetAt(0))).containsExactly(List.of("UBND TỈNH ĐỒNG NAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            assertThat(rows(workbook.getSheetAt(1))).containsExactly(
                    List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
                    List.of("I. HẠ TẦNG SỐ"),
                    List.of("1.", "Phát triển hạ tầng băng rộng\n(cáp quang đến thôn, ấp)", "Sở KH&CN", "2026"),
                    List.of("2.", "Phủ sóng 5G", "Sở KH&CN", "Quý IV/2026"),
                    List.of("3.", "Trung tâm dữ liệu", "Sở KH&CN", "2027"));
            assertThat(workbook.getSheetAt(1).getRow(1).getLastCellNum()).as("the span's other columns stay empty").isEqualTo((short) 1);
        } finally {
            Appendices.release();
        }
    }

    @Test
    void anExcelWorkbookIsReadAsItIs() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            book.write(out);
            xlsx = out.toByteArray();
        }
        try (Workbook workbook = Appendices.open(xlsx)) {
            assertThat(Appendices.isWord(workbook)).isFalse();
            assertThat(workbook.getSheetName(0)).isEqualTo("Phụ lục");
        }
    }

    private static BigInteger decimalList(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        return numbering.addNum(abstractId);
    }

    private static void fill(XWPFTable table, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                table.getRow(row).getCell(c).setText(texts[c]);
            }
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
