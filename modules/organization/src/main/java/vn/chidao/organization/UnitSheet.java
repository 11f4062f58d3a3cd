package vn.chidao.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.chidao.kernel.Appendices;
import vn.chidao.kernel.Messages;
import vn.chidao.kernel.Words;

/**
 * How {@link UnitImport} reads a units sheet: its columns by the names provinces give them (with or without
 * diacritics), the header among the first ten rows, a unit's kind as written ("Sở", "UBND cấp xã", "Đoàn thể") or,
 * when the cell is empty, as its name tells ("Phường Đồng Xoài" is a commune-level People's Committee), and the
 * code a unit gets when the sheet has none.
 */
final class UnitSheet {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private UnitSheet() {
    }

    enum Column {
        CODE("ma", "ma don vi", "ma dinh danh", "ma so", "ky hieu"),
        NAME("ten don vi", "ten co quan", "ten co quan, don vi", "ten", "don vi", "co quan, don vi", "ten day du"),
        SHORT_NAME("ten viet tat", "viet tat", "ten ngan", "ten rut gon"),
        ALIASES("ten goi khac", "ten khac", "ten thuong goi", "ten cu"),
        KIND("loai", "loai don vi", "loai hinh", "cap"),
        PARENT("don vi cap tren", "cap tren", "truc thuoc", "co quan chu quan", "thuoc"),
        FROM("hieu luc tu", "tu ngay", "ngay thanh lap", "ngay bat dau", "hoat dong tu"),
        TO("hieu luc den", "den ngay", "ngay ket thuc", "ngay cham dut", "hoat dong den"),
        SUCCESSOR("don vi ke thua", "ke thua", "sap nhap vao", "don vi tiep nhan", "hop nhat vao"),
        GROUPS("nhom", "thuoc nhom", "nhom don vi");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** The kinds as provinces write them in a sheet, and the words of a name that tell its kind. */
    private static final Map<String, UnitKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, UnitKind> NAME_STARTS = new LinkedHashMap<>();

    static {
        for (UnitKind kind : UnitKind.values()) {
            KINDS.put(Words.plain(kind.name().replace('_', ' ')), kind);
        }
        List.of("so", "so, ban, nganh", "so, ban, nganh tinh", "so ban nganh", "co quan chuyen mon", "ban, nganh")
                .forEach(k -> KINDS.put(k, UnitKind.PROVINCIAL_DEPARTMENT));
        List.of("ubnd cap huyen", "cap huyen", "huyen").forEach(k -> KINDS.put(k, UnitKind.DISTRICT));
        List.of("ubnd cap xa", "cap xa", "xa", "phuong", "xa, phuong", "xa, phuong, dac khu").forEach(k -> KINDS.put(k, UnitKind.COMMUNE));
        List.of("ban chi dao", "to giup viec").forEach(k -> KINDS.put(k, UnitKind.COMMITTEE));
        List.of("bao chi", "co quan bao chi", "bao, dai").forEach(k -> KINDS.put(k, UnitKind.PRESS));
        List.of("doanh nghiep", "doanh nghiep phoi hop", "doanh nghiep vien thong").forEach(k -> KINDS.put(k, UnitKind.PARTNER));
        List.of("co quan dang", "dang").forEach(k -> KINDS.put(k, UnitKind.PARTY_BODY));
        List.of("mat tran to quoc, doan the", "mttq, doan the", "doan the", "mat tran", "to chuc chinh tri - xa hoi")
                .forEach(k -> KINDS.put(k, UnitKind.MASS_ORGANISATION));
        List.of("don vi su nghiep", "don vi su nghiep cong lap").forEach(k -> KINDS.put(k, UnitKind.PUBLIC_SERVICE_UNIT));

        List.of("ubnd xa ", "ubnd phuong ", "uy ban nhan dan xa ", "uy ban nhan dan phuong ", "xa ", "phuong ", "dac khu ")
                .forEach(k -> NAME_STARTS.put(k, UnitKind.COMMUNE));
        List.of("ubnd huyen ", "ubnd thi xa ", "ubnd thanh pho ", "ubnd tp ", "ubnd tx ", "uy ban nhan dan huyen ")
                .forEach(k -> NAME_STARTS.put(k, UnitKind.DISTRICT));
        List.of("so ", "cong an tinh", "van phong ubnd", "van phong uy ban", "ban quan ly", "bo chi huy quan su", "thanh tra tinh")
                .forEach(k -> NAME_STARTS.put(k, UnitKind.PROVINCIAL_DEPARTMENT));
        List.of("ban chi dao", "to giup viec").forEach(k -> NAME_STARTS.put(k, UnitKind.COMMITTEE));
        List.of("tinh uy", "van phong tinh uy", "ban tuyen giao", "ban to chuc tinh uy", "uy ban kiem tra tinh uy", "dang uy",
                "ban dan van").forEach(k -> NAME_STARTS.put(k, UnitKind.PARTY_BODY));
        List.of("uy ban mttq", "uy ban mat tran", "mttq", "tinh doan", "hoi ", "lien doan lao dong", "lien hiep")
                .forEach(k -> NAME_STARTS.put(k, UnitKind.MASS_ORGANISATION));
        List.of("bao ", "dai phat thanh").forEach(k -> NAME_STARTS.put(k, UnitKind.PRESS));
        List.of("vnpt", "viettel", "mobifone", "buu dien", "cong ty", "tap doan", "ngan hang", "fpt")
                .forEach(k -> NAME_STARTS.put(k, UnitKind.PARTNER));
        List.of("trung tam", "benh vien", "truong ").forEach(k -> NAME_STARTS.put(k, UnitKind.PUBLIC_SERVICE_UNIT));
    }

    /** The sheet's header row among the first ten (one with a name column), the map's null key holding its index. */
    static Map<Column, Integer> header(Sheet sheet) {
        return Appendices.header(sheet, title -> {
            String name = UnitNames.key(title);
            return Arrays.stream(Column.values()).filter(c -> c.names.contains(name)).findFirst().orElse(null);
        }, columns -> columns.contains(Column.NAME));
    }

    static Sheet units(Workbook workbook) {
        for (Sheet sheet : workbook) {
            if (header(sheet).containsKey(Column.NAME)) {
                return sheet;
            }
        }
        return workbook.getSheetAt(0);
    }

    static String text(Row row, Integer column, DataFormatter formatter) {
        Cell cell = column == null ? null : row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).replace('\u00a0', ' ').strip();
    }

    /** A date cell, or text written 30/6/2025; empty for an empty cell; null for one that cannot be read. */
    static Optional<LocalDate> date(Row row, Integer column, DataFormatter formatter) {
        Cell cell = column == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        String text = text(row, column, formatter);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.replace('-', '/').replace('.', '/'), DMY));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The kind a cell names; empty when it names none. */
    static Optional<UnitKind> kind(String written) {
        return Optional.ofNullable(KINDS.get(UnitNames.key(written)));
    }

    /** The kind a unit's name tells, when it tells one. */
    static Optional<UnitKind> kindOfName(String name) {
        String plain = Words.plain(name) + " ";
        return NAME_STARTS.entrySet().stream().filter(e -> plain.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * A code for a unit the sheet gives none: a commune's place name after its level ("Phường Đồng Xoài" → PHUONG-DONGXOAI),
     * otherwise the initials of its name's words ("Sở Khoa học và Công nghệ" → SKHCN).
     */
    static String code(String name, UnitKind kind) {
        String plain = Words.plain(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("^(ubnd|uy ban nhan dan) ", "").strip();
        String[] words = plain.split("\\s+");
        StringBuilder code = new StringBuilder();
        if (kind == UnitKind.COMMUNE || kind == UnitKind.DISTRICT) {
            int start = words.length > 1 && List.of("xa", "phuong", "huyen", "dac").contains(words[0]) ? 1 : 0;
            if (start == 1 && words[0].equals("dac") && words.length > 2) {
                start = 2;
            }
            code.append(start > 0 ? String.join("", Arrays.copyOfRange(words, 0, start)) + "-" : "");
            for (int i = start; i < words.length; i++) {
                code.append(words[i]);
            }
        } else {
            for (String word : words) {
                if (!word.isEmpty() && !word.equals("va")) {
                    code.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
                }
            }
        }
        String written = code.toString().toUpperCase(Locale.ROOT);
        return written.length() > 28 ? written.substring(0, 28) : written;
    }

    /** Names written in one cell: separated by semicolons or line breaks (commas belong to names: "Sở Văn hóa, Thể thao và Du lịch"). */
    static List<String> list(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("[;\\n]+")) {
            if (!part.isBlank()) {
                names.add(part.strip().replaceAll("\\s+", " "));
            }
        }
        return names;
    }

    /** Reads a units sheet's row, naming the column as the sheet writes it in each problem. */
    static final class RowReader {
        private final List<UnitImport.Problem> problems;
        private final Locale language;
        private final java.util.function.Function<Column, String> title;

        RowReader(List<UnitImport.Problem> problems, Locale language, java.util.function.Function<Column, String> title) {
            this.problems = problems;
            this.language = language;
            this.title = title;
        }

        UnitRow read(Row row, int number, Map<Column, Integer> columns, DataFormatter formatter) {
            UnitRow e = new UnitRow();
            e.row = number;
            e.name = UnitSheet.text(row, columns.get(Column.NAME), formatter).replaceAll("\\s+", " ");
            e.code = UnitSheet.text(row, columns.get(Column.CODE), formatter).toUpperCase(Locale.ROOT);
            e.shortName = UnitSheet.text(row, columns.get(Column.SHORT_NAME), formatter);
            e.shortName = e.shortName.isEmpty() ? null : e.shortName;
            e.aliases = UnitSheet.list(UnitSheet.text(row, columns.get(Column.ALIASES), formatter));
            e.groupNames = UnitSheet.list(UnitSheet.text(row, columns.get(Column.GROUPS), formatter));
            e.parentText = UnitSheet.text(row, columns.get(Column.PARENT), formatter);
            e.successorText = UnitSheet.text(row, columns.get(Column.SUCCESSOR), formatter);
            if (e.name.isEmpty()) {
                problem(number, Column.NAME, "unit.name.required");
            } else if (e.name.length() > 255) {
                problem(number, Column.NAME, "unit.name.size");
            }
            if (!e.code.isEmpty() && !e.code.matches("[A-Z0-9_-]{1,32}")) {
                problem(number, Column.CODE, e.code.length() > 32 ? "unit.code.size" : "unit.code.pattern");
            }
            if (e.shortName != null && e.shortName.length() > 64) {
                problem(number, Column.SHORT_NAME, "unit.shortName.size");
            }
            e.aliases.stream().filter(a -> a.length() > 128).forEach(a -> problem(number, Column.ALIASES, "unit.alias.tooLong", a));
            e.groupNames.stream().filter(g -> g.length() > 255).forEach(g -> problem(number, Column.GROUPS, "unit.group.name.tooLong", 255));
            String kind = UnitSheet.text(row, columns.get(Column.KIND), formatter);
            Optional<UnitKind> written = UnitSheet.kind(kind);
            if (!kind.isEmpty() && written.isEmpty()) {
                problem(number, Column.KIND, "unit.import.kind.unknown", kind);
                e.kindRefused = true;
            } else if (written.isPresent()) {
                e.kind = written.get();
            } else {
                e.kind = UnitSheet.kindOfName(e.name).orElse(null);
                e.kindFromName = e.kind != null;
            }
            Optional<LocalDate> from = UnitSheet.date(row, columns.get(Column.FROM), formatter);
            Optional<LocalDate> to = UnitSheet.date(row, columns.get(Column.TO), formatter);
            if (from == null) {
                problem(number, Column.FROM, "unit.import.date", UnitSheet.text(row, columns.get(Column.FROM), formatter));
            }
            if (to == null) {
                problem(number, Column.TO, "unit.import.date", UnitSheet.text(row, columns.get(Column.TO), formatter));
            }
            e.from = from == null ? null : from.orElse(null);
            e.to = to == null ? null : to.orElse(null);
            if (e.from != null && e.to != null && e.to.isBefore(e.from)) {
                problem(number, Column.TO, "unit.import.endBeforeStart");
            }
            return e;
        }

        void problem(int row, Column column, String key, Object... arguments) {
            problems.add(new UnitImport.Problem(row, column == null ? null : title(column), Messages.text(language, key, arguments)));
        }

        private String title(Column column) {
            String written = title.apply(column);
            return written.isEmpty() ? column.names.get(0) : written;
        }
    }
}
