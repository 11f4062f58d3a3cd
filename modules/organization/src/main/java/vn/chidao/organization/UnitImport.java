package vn.chidao.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.chidao.kernel.Appendices;
import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.kernel.Uploads;
import vn.chidao.organization.UnitSheet.Column;

/**
 * A province's units from one sheet (code, name, short name, other names, kind, parent, effective from/to, successor,
 * groups), as a dry run that lists every problem and what each row will do, or a commit that writes every row or none.
 * A row whose code (or, without a code, whose name) is a unit already recorded corrects it; a unit with an end date and
 * a successor is merged into it, its open tasks following as with any merger; groups named in the sheet are created
 * and joined. Parents and successors may be units of the same sheet, written by code or by any of their names.
 */
@ApplicationScoped
@Transactional
public class UnitImport {

    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    Organization organization;

    @Inject
    UnitGroups groups;

    public enum Action { NEW, UPDATED, UNCHANGED }

    public record Problem(int row, String column, String message) {
    }

    /** A row as it will be (or was) written; {@code kindFromName} when the sheet gave no kind and the name told it. */
    public record Read(int row, String code, String name, String shortName, UnitKind kind, boolean kindFromName, String parent,
                       LocalDate effectiveFrom, LocalDate effectiveTo, String successor, List<String> aliases, List<String> groups,
                       Action action, UnitId id) {
        public Read {
            aliases = List.copyOf(aliases);
            groups = List.copyOf(groups);
        }
    }

    public record GroupRead(String name, int members, boolean created) {
    }

    public record Report(boolean committed, String source, List<Problem> problems, List<Read> units, List<GroupRead> groups) {
        public Report {
            problems = List.copyOf(problems);
            units = List.copyOf(units);
            groups = List.copyOf(groups);
        }
    }

    /** One row read from the sheet. */
    private static final class Entry {
        int row;
        String code;
        String name;
        String shortName;
        UnitKind kind;
        boolean kindFromName;
        boolean kindRefused;
        String parentText = "";
        String successorText = "";
        LocalDate from;
        LocalDate to;
        List<String> aliases = List.of();
        List<String> groupNames = List.of();
        UnitView existing;
        Entry parent;
        UnitView parentUnit;
        Entry successor;
        UnitView successorUnit;
        UnitId id;
    }

    private static final String[] TEMPLATE_HEADER = {"Mã", "Tên đơn vị", "Tên viết tắt", "Tên gọi khác", "Loại đơn vị", "Đơn vị cấp trên",
        "Hiệu lực từ", "Hiệu lực đến", "Đơn vị kế thừa", "Nhóm"};
    private static final String[][] TEMPLATE_ROWS = {
        {"SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN", "Sở, ban, ngành", "", "", "", "", "Các cơ quan chuyên môn thuộc UBND tỉnh"},
        {"", "Phường Đồng Xoài", "", "UBND phường Đồng Xoài", "", "", "01/07/2025", "", "", "UBND các xã, phường"},
        {"", "Xã Lộc Ninh", "", "UBND xã Lộc Ninh", "UBND cấp xã", "", "01/07/2025", "", "", "UBND các xã, phường"},
        {"", "UBND huyện Lộc Ninh", "UBND H. Lộc Ninh", "", "UBND cấp huyện", "", "", "30/06/2025", "Xã Lộc Ninh", ""}};
    private static final String[][] TEMPLATE_GUIDE = {
        {"Mã", "Không bắt buộc: mã viết không dấu (SKHCN). Để trống thì hệ thống đặt mã (PHUONG-DONGXOAI) và cho xem trước khi ghi. "
            + "Trùng mã một đơn vị đã có → sửa đơn vị đó."},
        {"Tên đơn vị", "Bắt buộc. Không có mã mà trùng tên một đơn vị đã có → sửa đơn vị đó."},
        {"Tên viết tắt", "Không bắt buộc: tên in trong bảng biểu (Sở KH&CN)."},
        {"Tên gọi khác", "Không bắt buộc: các tên văn bản hay viết, cách nhau bằng dấu chấm phẩy; nhập phụ lục nhiệm vụ sẽ nhận ra."},
        {"Loại đơn vị", "Sở, ban, ngành; UBND cấp xã; UBND cấp huyện; Cơ quan Đảng; Mặt trận Tổ quốc, đoàn thể; Đơn vị sự nghiệp; "
            + "Doanh nghiệp; Báo chí; Ban Chỉ đạo. Để trống nếu tên đã cho biết (Sở …, Phường …, Xã …, Công an tỉnh)."},
        {"Đơn vị cấp trên", "Không bắt buộc: mã hoặc tên, có thể là đơn vị trong cùng tệp."},
        {"Hiệu lực từ / Hiệu lực đến", "Không bắt buộc: ngày đơn vị bắt đầu, kết thúc hoạt động (01/07/2025)."},
        {"Đơn vị kế thừa", "Khi có Hiệu lực đến: đơn vị nhận lại công việc (sáp nhập); các nhiệm vụ đang mở chuyển sang đơn vị này. "
            + "Chia tách, giải thể làm trên trang Đơn vị."},
        {"Nhóm", "Không bắt buộc: các nhóm đơn vị thuộc về, cách nhau bằng dấu chấm phẩy; nhóm chưa có sẽ được tạo. "
            + "Phụ lục ghi tên nhóm ở cột chủ trì → mỗi đơn vị của nhóm một nhiệm vụ."}};

    /** The units sheet template offered on the units page. */
    public byte[] template() {
        return Appendices.template("Danh sách đơn vị", TEMPLATE_HEADER, TEMPLATE_ROWS, TEMPLATE_GUIDE);
    }

    public Report importUnits(InputStream file, boolean dryRun, Locale language) {
        byte[] content;
        try {
            content = Uploads.readAtMost(file, MAX_BYTES, "unit.import.tooLarge");
        } catch (IOException unreadable) {
            throw RuleViolation.invalid("file", "unit.import.unreadable");
        }
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        String source;
        try (Workbook workbook = Appendices.open(content)) {
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
            Sheet sheet = UnitSheet.units(workbook);
            source = workbook.getNumberOfSheets() > 1 ? sheet.getSheetName() : null;
            Map<Column, Integer> columns = UnitSheet.header(sheet);
            int headerRow = columns.remove(null);
            if (!columns.containsKey(Column.NAME)) {
                problems.add(new Problem(headerRow + 1, null, Messages.text(language, "unit.import.header")));
                return new Report(false, source, problems, List.of(), List.of());
            }
            Row header = sheet.getRow(headerRow);
            Rows rows = new Rows(problems, language, column -> UnitSheet.text(header, columns.get(column), formatter));
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || columns.values().stream().allMatch(c -> UnitSheet.text(row, c, formatter).isEmpty())) {
                    continue;
                }
                if (entries.size() >= MAX_ROWS) {
                    problems.add(new Problem(r + 1, null, Messages.text(language, "unit.import.tooManyRows", MAX_ROWS)));
                    break;
                }
                entries.add(rows.read(row, r + 1, columns, formatter));
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw RuleViolation.invalid("file", "unit.import.unreadable");
        } finally {
            Appendices.release();
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, Messages.text(language, "unit.import.empty")));
        }
        new Resolution(entries, problems, language).resolve();
        List<UnitGroupView> known = groups.all();
        List<GroupRead> groupReads = groupReads(entries, known);
        if (dryRun || !problems.isEmpty()) {
            return new Report(false, source, problems, entries.stream().map(e -> read(e, action(e, known))).toList(), groupReads);
        }
        return new Report(true, source, List.of(), commit(entries, known), groupReads);
    }

    private List<Read> commit(List<Entry> entries, List<UnitGroupView> known) {
        List<Read> written = new ArrayList<>();
        Map<Entry, Action> actions = new HashMap<>();
        entries.forEach(e -> actions.put(e, action(e, known)));
        for (Entry e : entries) {
            if (e.existing == null) {
                e.id = organization.createUnit(new NewUnit(e.code, e.name, e.shortName, e.kind, null, e.from, e.aliases)).id();
            } else {
                e.id = e.existing.id();
            }
        }
        for (Entry e : entries) {
            UnitId parent = e.parent != null ? e.parent.id : e.parentUnit == null ? null : e.parentUnit.id();
            if (e.existing == null ? parent != null : actions.get(e) == Action.UPDATED) {
                organization.correctUnit(e.id, e.name, e.shortName, e.kind, parent);
            }
            if (e.existing != null && !e.existing.aliases().containsAll(e.aliases)) {
                Set<String> aliases = new LinkedHashSet<>(e.existing.aliases());
                aliases.addAll(e.aliases);
                organization.renameUnit(e.id, List.copyOf(aliases));
            }
        }
        Map<String, List<UnitId>> members = new LinkedHashMap<>();
        for (Entry e : entries) {
            e.groupNames.forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(e.id));
        }
        members.forEach(groups::join);
        for (Entry e : entries) {
            UnitId successor = e.successor != null ? e.successor.id : e.successorUnit == null ? null : e.successorUnit.id();
            if (successor != null && (e.existing == null || e.existing.effectiveTo() == null)) {
                organization.mergeUnit(e.id, successor, e.to.plusDays(1));
            } else if (e.existing == null && e.to != null) {
                organization.endRecordedUnit(e.id, e.to);
            }
        }
        for (Entry e : entries) {
            written.add(read(e, actions.get(e)));
        }
        return written;
    }

    /** What the row does: a new unit, a recorded one corrected (renamed, other names or groups added, merged), or nothing. */
    private static Action action(Entry e, List<UnitGroupView> known) {
        if (e.existing == null) {
            return Action.NEW;
        }
        UnitId parent = e.parent != null ? e.parent.id : e.parentUnit == null ? e.existing.parent() : e.parentUnit.id();
        long joined = known.stream().filter(g -> g.members().contains(e.existing.id()))
                .filter(g -> e.groupNames.stream().anyMatch(n -> UnitNames.key(n).equals(UnitNames.key(g.name())))).count();
        boolean same = e.existing.name().equals(e.name) && Objects.equals(e.existing.shortName(), e.shortName)
                && e.existing.kind() == e.kind && Objects.equals(e.existing.parent(), parent)
                && e.existing.aliases().containsAll(e.aliases)
                && (e.successorText.isEmpty() || e.existing.effectiveTo() != null)
                && joined == e.groupNames.size();
        return same ? Action.UNCHANGED : Action.UPDATED;
    }

    private static Read read(Entry e, Action action) {
        String parent = e.parent != null ? e.parent.name : e.parentUnit == null ? null : e.parentUnit.displayName();
        String successor = e.successor != null ? e.successor.name : e.successorUnit == null ? null : e.successorUnit.displayName();
        return new Read(e.row, e.code, e.name, e.shortName, e.kind, e.kindFromName, parent, e.from, e.to, successor, e.aliases,
                e.groupNames, action, e.id);
    }

    private static List<GroupRead> groupReads(List<Entry> entries, List<UnitGroupView> known) {
        Map<String, Set<Object>> members = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (String name : e.groupNames) {
                String key = UnitNames.key(name);
                names.putIfAbsent(key, name);
                Set<Object> set = members.computeIfAbsent(key, k -> new HashSet<>(known.stream()
                        .filter(g -> UnitNames.key(g.name()).equals(k)).findFirst().map(UnitGroupView::members).orElse(List.of())));
                set.add(e.existing != null ? e.existing.id() : e);
            }
        }
        return names.entrySet().stream().map(n -> new GroupRead(n.getValue(), members.get(n.getKey()).size(),
                known.stream().noneMatch(g -> UnitNames.key(g.name()).equals(n.getKey())))).toList();
    }

    /** Reads a row's cells, naming the column as the sheet writes it in each problem. */
    private static final class Rows {
        private final List<Problem> problems;
        private final Locale language;
        private final java.util.function.Function<Column, String> title;

        Rows(List<Problem> problems, Locale language, java.util.function.Function<Column, String> title) {
            this.problems = problems;
            this.language = language;
            this.title = title;
        }

        Entry read(Row row, int number, Map<Column, Integer> columns, DataFormatter formatter) {
            Entry e = new Entry();
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
            problems.add(new Problem(row, column == null ? null : title(column), Messages.text(language, key, arguments)));
        }

        private String title(Column column) {
            String written = title.apply(column);
            return written.isEmpty() ? column.names.get(0) : written;
        }
    }

    /** Matches rows to recorded units, gives codes, and resolves parents, successors and repeated rows. */
    private final class Resolution {
        private final List<Entry> entries;
        private final List<Problem> problems;
        private final Locale language;

        Resolution(List<Entry> entries, List<Problem> problems, Locale language) {
            this.entries = entries;
            this.problems = problems;
            this.language = language;
        }

        void resolve() {
            List<UnitView> recorded = organization.units(null);
            UnitNames known = new UnitNames(recorded);
            Map<String, UnitView> byCode = new HashMap<>();
            recorded.forEach(u -> byCode.put(u.code(), u));
            Set<String> codes = new HashSet<>(byCode.keySet());
            Map<String, Entry> sheetNames = new HashMap<>();
            Map<String, Entry> sheetCodes = new HashMap<>();
            for (Entry e : entries) {
                if (e.name.isEmpty()) {
                    continue;
                }
                if (!e.code.isEmpty()) {
                    e.existing = byCode.get(e.code);
                } else {
                    List<UnitView> found = known.find(e.name);
                    e.existing = found.size() == 1 ? found.get(0) : null;
                }
                if (e.existing != null) {
                    // an empty cell keeps what is recorded: a sheet of names only does not erase kinds or short names
                    e.id = e.existing.id();
                    e.kind = e.kindFromName || e.kind == null ? e.existing.kind() : e.kind;
                    e.kindFromName = false;
                    e.shortName = e.shortName == null ? e.existing.shortName() : e.shortName;
                }
                if (e.kind == null && !e.kindRefused) {
                    problem(e, "unit.import.kind.required");
                }
                if (e.code.isEmpty()) {
                    e.code = e.existing != null ? e.existing.code() : freeCode(UnitSheet.code(e.name, e.kind), codes);
                }
                codes.add(e.code);
                Entry twin = sheetCodes.putIfAbsent(e.code, e);
                if (twin != null) {
                    problem(e, "unit.import.repeated", twin.row);
                }
                Entry sameName = sheetNames.putIfAbsent(UnitNames.exactKey(e.name), e);
                if (sameName != null && twin == null) {
                    problem(e, "unit.import.repeated", sameName.row);
                }
            }
            Map<String, Entry> sheet = new HashMap<>();
            for (Entry e : entries) {
                for (String name : names(e)) {
                    sheet.merge(UnitNames.key(name), e, (a, b) -> a == b ? a : null);
                }
            }
            for (Entry e : entries) {
                if (!e.parentText.isEmpty()) {
                    link(e, e.parentText, sheet, known, p -> e.parent = p, u -> e.parentUnit = u, "unit.import.parent.self",
                            "unit.import.parent.unknown");
                }
                successor(e, sheet, known);
            }
        }

        private void successor(Entry e, Map<String, Entry> sheet, UnitNames known) {
            if (e.successorText.isEmpty()) {
                if (e.to != null && e.existing != null && e.existing.effectiveTo() == null) {
                    problem(e, "unit.import.dissolve", e.name);
                }
                return;
            }
            if (UnitSheet.list(e.successorText).size() > 1) {
                problem(e, "unit.import.split", e.name);
                return;
            }
            if (e.to == null) {
                problem(e, "unit.import.successor.needsEnd");
                return;
            }
            if (e.existing != null && e.existing.effectiveTo() != null && !e.existing.effectiveTo().equals(e.to)) {
                problem(e, "unit.merge.alreadyEnded", e.existing.code(), e.existing.effectiveTo());
                return;
            }
            link(e, e.successorText, sheet, known, s -> e.successor = s, u -> e.successorUnit = u, "unit.merge.self",
                    "unit.import.successor.unknown");
        }

        /** Finds the unit a row names as its parent or successor — a row of the sheet or a recorded unit — never the row itself. */
        private void link(Entry e, String name, Map<String, Entry> sheet, UnitNames known, java.util.function.Consumer<Entry> inSheet,
                          java.util.function.Consumer<UnitView> recorded, String selfKey, String unknownKey) {
            Object found = resolve(name, sheet, known);
            if (found == e || e.existing != null && found instanceof UnitView u && u.id().equals(e.existing.id())) {
                problem(e, selfKey);
            } else if (found instanceof Entry row) {
                inSheet.accept(row);
            } else if (found instanceof UnitView unit) {
                recorded.accept(unit);
            } else {
                problem(e, unknownKey, name);
            }
        }

        /** A unit of the sheet (an Entry), one already recorded (a UnitView), or null when the name is unknown or ambiguous. */
        private Object resolve(String name, Map<String, Entry> sheet, UnitNames known) {
            Entry inSheet = sheet.get(UnitNames.key(name));
            if (inSheet != null) {
                return inSheet;
            }
            List<UnitView> found = known.find(name);
            return found.size() == 1 ? found.get(0) : null;
        }

        private List<String> names(Entry e) {
            List<String> names = new ArrayList<>(e.aliases);
            names.add(e.name);
            names.add(e.code);
            if (e.shortName != null) {
                names.add(e.shortName);
            }
            return names;
        }

        private String freeCode(String base, Set<String> taken) {
            String code = base.isEmpty() ? "DV" : base;
            for (int n = 2; taken.contains(code); n++) {
                code = base + "-" + n;
            }
            return code;
        }

        private void problem(Entry e, String key, Object... arguments) {
            problems.add(new Problem(e.row, null, Messages.text(language, key, arguments)));
        }
    }
}
