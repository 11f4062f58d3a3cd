package vn.chidao.kernel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlBeans;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * An appendix as a secretariat uploads it, read as one workbook: an Excel file as it is, or a plan's Word file
 * (.docx, "Phụ lục … Danh mục nhiệm vụ") with each of its tables as one sheet named by its number ("1", "2" …).
 * In a Word table a cell spanning several columns fills the first of them, a cell merged with the one above repeats
 * its text (a lead unit written once for several rows), paragraphs become lines, and automatic list numbering is
 * written out ("1.", "II.") as the reader sees it. Call {@link #release()} when done, on the same thread.
 */
public final class Appendices {

    private static final Pattern WORD_PART = Pattern.compile("/word/document\\.xml");

    private Appendices() {
    }

    /** True when the file's sheets are a Word file's tables: row numbers then count rows of a table, not of a sheet. */
    public static boolean isWord(Workbook workbook) {
        return workbook instanceof FromWord;
    }

    /** The workbook; refused as unreadable by the caller when neither an Excel nor a Word file. */
    public static Workbook open(byte[] content) throws IOException {
        if (isWordFile(content)) {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
                return fromWord(document);
            }
        }
        return WorkbookFactory.create(new ByteArrayInputStream(content));
    }

    /**
     * The header row among a sheet's first eleven rows: the one whose titles name most columns ({@code columnNamed} says
     * which column a title as written names, or null), among those {@code acceptable} takes. The map's null key holds the
     * row's index (the first row when none is acceptable).
     */
    public static <K> Map<K, Integer> header(Sheet sheet, Function<String, K> columnNamed, Predicate<Set<K>> acceptable) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        Map<K, Integer> best = new LinkedHashMap<>();
        int bestRow = sheet.getFirstRowNum();
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 10); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<K, Integer> found = new LinkedHashMap<>();
            for (Cell cell : row) {
                K column = columnNamed.apply(formatter.formatCellValue(cell));
                if (column != null) {
                    found.putIfAbsent(column, cell.getColumnIndex());
                }
            }
            if (found.size() > best.size() && acceptable.test(found.keySet())) {
                best = found;
                bestRow = r;
            }
        }
        best.put(null, bestRow);
        return best;
    }

    /** POI's XML layer keeps per-thread caches; a request thread goes back to the server's pool. */
    public static void release() {
        XmlBeans.clearThreadLocals();
    }

    /**
     * A template to fill in: the header in bold, example rows written as plans write them, and a "Hướng dẫn" sheet
     * that says what each column accepts.
     */
    public static byte[] template(String title, String[] header, String[][] rows, String[][] guide) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(title);
            write(sheet, 0, new String[][] {header}, bold);
            write(sheet, 1, rows, null);
            sheet.createFreezePane(0, 1);
            // a filter on the heading, as on every table the product writes
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, rows.length), 0, header.length - 1));
            for (int c = 0; c < header.length; c++) {
                sheet.setColumnWidth(c, c == 1 ? 60 * 256 : 24 * 256);
            }
            Sheet help = book.createSheet("Hướng dẫn");
            write(help, 0, new String[][] {{"Cột", "Cách ghi"}}, bold);
            write(help, 1, guide, null);
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 120 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            XmlBeans.clearThreadLocals();
        }
    }

    private static void write(Sheet sheet, int first, String[][] rows, CellStyle style) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(first + r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
                if (style != null) {
                    row.getCell(c).setCellStyle(style);
                }
            }
        }
    }

    private static boolean isWordFile(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return false;
        }
        try (OPCPackage word = OPCPackage.open(new ByteArrayInputStream(content))) {
            return !word.getPartsByName(WORD_PART).isEmpty();
        } catch (InvalidFormatException | IOException | RuntimeException notOoxml) {
            return false;
        }
    }

    private static Workbook fromWord(XWPFDocument document) {
        FromWord workbook = new FromWord();
        int number = 0;
        for (XWPFTable table : document.getTables()) {
            Sheet sheet = workbook.createSheet(String.valueOf(++number));
            Map<String, Integer> counters = new HashMap<>();
            List<String> above = new ArrayList<>();
            int r = 0;
            for (XWPFTableRow tableRow : table.getRows()) {
                Row row = sheet.createRow(r++);
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : tableRow.getTableCells()) {
                    CTTcPr properties = cell.getCTTc().getTcPr();
                    int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                    boolean continued = properties != null && properties.isSetVMerge()
                            && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                    int column = cells.size();
                    String text = continued && column < above.size() ? above.get(column) : text(cell, counters);
                    cells.add(text);
                    for (int extra = 1; extra < span; extra++) {
                        cells.add("");
                    }
                }
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                above = cells;
            }
        }
        return workbook;
    }

    /** The cell's paragraphs as lines, with list numbering written out as Word shows it. */
    private static String text(XWPFTableCell cell, Map<String, Integer> counters) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String line = (numbering(paragraph, counters) + paragraph.getText()).replace('\u00a0', ' ').strip();
            if (!line.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
        }
        return text.toString();
    }

    /** "1. ", "II. ", "a) " for a numbered paragraph: its level's counter in its list, deeper levels restarted. */
    private static String numbering(XWPFParagraph paragraph, Map<String, Integer> counters) {
        BigInteger list = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        if (list == null || pattern == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        String key = list + "/" + level;
        int value = counters.merge(key, 1, Integer::sum);
        counters.keySet().removeIf(k -> k.startsWith(list + "/") && Integer.parseInt(k.substring(k.indexOf('/') + 1)) > level);
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        String written = pattern;
        for (int l = 0; l <= level; l++) {
            int n = l == level ? value : counters.getOrDefault(list + "/" + l, 1);
            written = written.replace("%" + (l + 1), l == level ? formatted(n, format) : String.valueOf(n));
        }
        return written.equals(pattern) && !pattern.contains("%") ? "" : written + " ";
    }

    private static String formatted(int n, String format) {
        return switch (format) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> String.valueOf(n);
        };
    }

    private static String roman(int n) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                roman.append(symbols[i]);
            }
        }
        return roman.toString();
    }

    /** A workbook made from a Word file's tables. */
    private static final class FromWord extends XSSFWorkbook {
    }
}
