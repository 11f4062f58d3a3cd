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
        List<UnitRow> entries = new ArrayList<>();
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
            UnitSheet.RowReader rows = new UnitSheet.RowReader(problems, language, column -> UnitSheet.text(header, columns.get(column), formatter));
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
        new UnitRowResolution(organization.units(null), entries, problems, language).resolve();
        List<UnitGroupView> known = groups.all();
        List<GroupRead> groupReads = groupReads(entries, known);
        if (dryRun || !problems.isEmpty()) {
            return new Report(false, source, problems, entries.stream().map(e -> read(e, action(e, known))).toList(), groupReads);
        }
        return new Report(true, source, List.of(), commit(entries, known), groupReads);
    }

    private List<Read> commit(List<UnitRow> entries, List<UnitGroupView> known) {
        List<Read> written = new ArrayList<>();
        Map<UnitRow, Action> actions = new HashMap<>();
        entries.forEach(e -> actions.put(e, action(e, known)));
        for (UnitRow e : entries) {
            if (e.existing == null) {
                e.id = organization.createUnit(new NewUnit(e.code, e.name, e.shortName, e.kind, null, e.from, e.aliases)).id();
            } else {
                e.id = e.existing.id();
            }
        }
        for (UnitRow e : entries) {
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
        for (UnitRow e : entries) {
            e.groupNames.forEach(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(e.id));
        }
        members.forEach(groups::join);
        for (UnitRow e : entries) {
            UnitId successor = e.successor != null ? e.successor.id : e.successorUnit == null ? null : e.successorUnit.id();
            if (successor != null && (e.existing == null || e.existing.effectiveTo() == null)) {
                organization.mergeUnit(e.id, successor, e.to.plusDays(1));
            } else if (e.existing == null && e.to != null) {
                // a unit of the sheet that has ceased: new, so it has no task to place
                organization.endUnit(e.id, e.to, List.<UnitId>of());
            }
        }
        for (UnitRow e : entries) {
            written.add(read(e, actions.get(e)));
        }
        return written;
    }

    /** What the row does: a new unit, a recorded one corrected (renamed, other names or groups added, merged), or nothing. */
    private static Action action(UnitRow e, List<UnitGroupView> known) {
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

    private static Read read(UnitRow e, Action action) {
        String parent = e.parent != null ? e.parent.name : e.parentUnit == null ? null : e.parentUnit.displayName();
        String successor = e.successor != null ? e.successor.name : e.successorUnit == null ? null : e.successorUnit.displayName();
        return new Read(e.row, e.code, e.name, e.shortName, e.kind, e.kindFromName, parent, e.from, e.to, successor, e.aliases,
                e.groupNames, action, e.id);
    }

    private static List<GroupRead> groupReads(List<UnitRow> entries, List<UnitGroupView> known) {
        Map<String, Set<Object>> members = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitRow e : entries) {
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


}
