package vn.chidao.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.chidao.kernel.Appendices;
import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.kernel.Uploads;
import vn.chidao.kernel.Words;
import vn.chidao.plan.domain.Milestone;

/**
 * A targets appendix (phụ lục chỉ tiêu) read as plans lay it out: a name column ("Chỉ tiêu"), a unit column ("Đơn
 * vị tính"), an optional pillar column ("Lĩnh vực", "Trụ cột") or section rows ("II. KINH TẾ SỐ"), and one column per
 * horizon ("Mục tiêu 2025", "Đến năm 2030"), each cell worded as the plan words it ("15% đến 20%", "trên 80",
 * "tối thiểu 7%/năm", "100"). A dry run lists every cell it cannot read; a commit creates every target or none.
 */
@ApplicationScoped
public class TargetImport {

    public static final int MAX_ROWS = 1000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Pattern HORIZON = Pattern.compile("(?:muc tieu|den nam|den het nam|nam|chi tieu)\\s*(\\d{4})");

    @Inject
    Planning planning;

    /** What the import found: each target it read (or created), and every problem by row and column as the sheet names it. */
    public record Report(boolean committed, List<Problem> problems, List<Read> targets) {

        public record Problem(int row, String column, String message) {
        }

        public record Read(int row, String name, String unitOfMeasure, Pillar pillar, String written, TargetId id) {
        }

        public Report {
            problems = List.copyOf(problems);
            targets = List.copyOf(targets);
        }
    }

    /** Reads the appendix; unless {@code dryRun}, creates its targets in {@code document} — all of them, or none when a cell is refused. */
    @Transactional
    public Report importTargets(DocumentId document, InputStream file, boolean dryRun, Locale language) {
        planning.document(document).orElseThrow(() -> RuleViolation.notFound("document.notFound", document.value()));
        List<Report.Problem> problems = new ArrayList<>();
        List<Report.Read> read = new ArrayList<>();
        List<NewTarget> targets = new ArrayList<>();
        byte[] content;
        try {
            content = Uploads.readAtMost(file, MAX_BYTES, "targets.import.tooLarge");
        } catch (IOException unreadable) {
            throw RuleViolation.invalid("file", "targets.import.unreadable");
        }
        try (Workbook workbook = Appendices.open(content)) {
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
            // the first sheet (or the Word file's first table) with a targets header
            Sheet sheet = workbook.getSheetAt(0);
            Header header = null;
            for (int s = 0; s < workbook.getNumberOfSheets() && header == null; s++) {
                sheet = workbook.getSheetAt(s);
                header = Header.find(sheet, formatter);
            }
            if (header == null) {
                problems.add(new Report.Problem(1, null, Messages.text(language, "targets.import.header")));
                return new Report(false, problems, read);
            }
            Pillar section = null;
            int count = 0;
            for (int r = header.row + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = row == null ? "" : text(row, header.name, formatter);
                boolean anyHorizon = row != null && header.horizons.keySet().stream().anyMatch(c -> !text(row, c, formatter).isEmpty());
                if (name.isEmpty() && !anyHorizon) {
                    // a section heading in the first column ("II. KINH TẾ SỐ") names the pillar of the rows below it
                    Optional<Pillar> heading = row == null ? Optional.empty() : Pillar.named(text(row, 0, formatter));
                    section = heading.orElse(section);
                    continue;
                }
                if (!anyHorizon) {
                    Optional<Pillar> heading = Pillar.named(name);
                    if (heading.isPresent()) {
                        section = heading.get();
                        continue;
                    }
                }
                if (++count > MAX_ROWS) {
                    problems.add(new Report.Problem(r + 1, null, Messages.text(language, "targets.import.tooManyRows", MAX_ROWS)));
                    break;
                }
                int before = problems.size();
                String unit = header.unit < 0 ? "" : text(row, header.unit, formatter);
                Pillar pillar = header.pillar < 0 ? section : Pillar.named(text(row, header.pillar, formatter)).orElse(section);
                if (name.isEmpty()) {
                    problems.add(problem(r, header.title(header.name), language, "target.name.required"));
                }
                if (unit.isEmpty()) {
                    problems.add(problem(r, header.unit < 0 ? null : header.title(header.unit), language, "targets.import.unitRequired"));
                }
                if (pillar == null) {
                    problems.add(problem(r, header.pillar < 0 ? null : header.title(header.pillar), language, "targets.import.pillarUnknown"));
                }
                List<NewMilestone> horizons = new ArrayList<>();
                for (Map.Entry<Integer, Integer> horizon : header.horizons.entrySet()) {
                    String cell = text(row, horizon.getKey(), formatter);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    LocalDate due = LocalDate.of(horizon.getValue(), 12, 31);
                    if (Milestone.read(cell, due, unit).isEmpty()) {
                        problems.add(problem(r, header.title(horizon.getKey()), language, "target.milestone.unreadable", cell));
                    }
                    horizons.add(new NewMilestone(cell, due));
                }
                if (problems.size() > before) {
                    continue;
                }
                // a target whose horizons are all ceilings ("không quá 3") is reached by going down
                NewTarget target = new NewTarget(document, pillar, name, unit, null, null, null, null, horizons, Direction.HIGHER_IS_BETTER);
                TargetView preview;
                try {
                    preview = Planning.preview(target, planning.today());
                    if (preview.milestones().stream().allMatch(m -> m.kind() == MilestoneKind.AT_MOST)) {
                        target = new NewTarget(document, pillar, name, unit, null, null, null, null, horizons, Direction.LOWER_IS_BETTER);
                    }
                } catch (RuleViolation refused) {
                    int excelRow = r;
                    refused.problems().forEach(p -> problems.add(problem(excelRow, null, language, p.messageKey(), p.arguments().toArray())));
                    continue;
                }
                targets.add(target);
                read.add(new Report.Read(r + 1, name, unit, pillar, preview.written(), null));
            }
        } catch (IOException | EncryptedDocumentException | IllegalArgumentException unreadable) {
            throw RuleViolation.invalid("file", "targets.import.unreadable");
        } finally {
            Appendices.release();
        }
        if (dryRun || !problems.isEmpty() || targets.isEmpty()) {
            if (targets.isEmpty() && problems.isEmpty()) {
                problems.add(new Report.Problem(1, null, Messages.text(language, "targets.import.empty")));
            }
            return new Report(false, problems, read);
        }
        List<Report.Read> created = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetView target = planning.createTarget(targets.get(i));
            Report.Read row = read.get(i);
            created.add(new Report.Read(row.row(), row.name(), row.unitOfMeasure(), row.pillar(), row.written(), target.id()));
        }
        return new Report(true, problems, created);
    }

    private static Report.Problem problem(int r, String column, Locale language, String key, Object... arguments) {
        return new Report.Problem(r + 1, column, Messages.text(language, key, arguments));
    }


    private static String text(Row row, int column, DataFormatter formatter) {
        if (row == null || column < 0) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).replace('\u00a0', ' ').strip();
    }


    /** The header row among the first ten: where the name, unit and pillar are, and each horizon column with its year. */
    private static final class Header {
        private final int row;
        private final Row cells;
        private final DataFormatter formatter;
        private int name = -1;
        private int unit = -1;
        private int pillar = -1;
        private final Map<Integer, Integer> horizons = new LinkedHashMap<>();

        private Header(Row cells, DataFormatter formatter) {
            this.row = cells.getRowNum();
            this.cells = cells;
            this.formatter = formatter;
        }

        static Header find(Sheet sheet, DataFormatter formatter) {
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 10); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Header header = new Header(row, formatter);
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    String title = Words.plain(text(row, c, formatter));
                    Matcher year = HORIZON.matcher(title);
                    if (year.find()) {
                        header.horizons.put(c, Integer.parseInt(year.group(1)));
                    } else if (title.startsWith("don vi tinh") || title.equals("dvt")) {
                        header.unit = c;
                    } else if (title.startsWith("linh vuc") || title.startsWith("tru cot")) {
                        header.pillar = c;
                    } else if (header.name < 0 && (title.startsWith("chi tieu") || title.startsWith("ten chi tieu")
                            || title.startsWith("noi dung"))) {
                        header.name = c;
                    }
                }
                if (header.name >= 0 && !header.horizons.isEmpty()) {
                    return header;
                }
            }
            return null;
        }

        String title(int column) {
            return text(cells, column, formatter);
        }
    }
}
