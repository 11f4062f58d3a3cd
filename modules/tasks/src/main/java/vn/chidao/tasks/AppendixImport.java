package vn.chidao.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.chidao.kernel.Money;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.kernel.Uploads;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitGroups;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitNames;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.Planning;
import vn.chidao.tasks.domain.Deadlines;

/**
 * A plan's task appendix from Excel (STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn,
 * Sản phẩm), checked row by row: a dry run lists every problem, a commit writes all rows or none. The way
 * out is {@link TaskExport}.
 */
@ApplicationScoped
@Transactional
public class AppendixImport {

    public static final int MAX_ROWS = 5000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    TaskAssignment assignment;

    @Inject
    Organization organization;

    @Inject
    Planning planning;

    @Inject
    UnitGroups unitGroups;

    @Inject
    Funding funding;

    /**
     * Reads a task appendix into {@code documentId}'s tasks (a dry run only reports). Recurring and ongoing tasks
     * owe reports from the period {@code owingFrom} falls in — the current one when null, never the document's issue
     * date: a plan of 2021 taken in today does not owe twenty quarters' reports.
     */
    public ImportReport importAppendix(DocumentId documentId, InputStream file, boolean dryRun, Caller caller, Locale language,
                                       LocalDate owingFrom) {
        TaskAccess.requireSecretariat(caller);
        DocumentView document = planning.document(documentId)
                .orElseThrow(() -> RuleViolation.notFound("document.notFound", documentId.value()));
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<ImportReport.RowError> warnings = new ArrayList<>();
        List<ImportReport.ImportedTask> rows = new ArrayList<>();
        List<ImportReport.RowError> headings = new ArrayList<>();
        List<NewTask> tasks = new ArrayList<>();
        // the funding each task's row plans (kinh phí, nguồn kinh phí), or null
        List<PlannedMoney> planned = new ArrayList<>();
        List<FundingSourceView> fundingSources = funding.sources().stream().filter(FundingSourceView::active).toList();
        LocalDate assignedOn = document.issueDate().isAfter(assignment.today()) ? assignment.today() : document.issueDate();
        LocalDate owing = owingFrom == null ? assignment.today() : owingFrom;
        byte[] content;
        try {
            content = Uploads.readAtMost(file, MAX_BYTES, "import.tooLarge");
        } catch (IOException unreadable) {
            throw RuleViolation.invalid("file", "import.unreadable");
        }
        String source = null;
        UnitNames units = new UnitNames(organization.units(null), unitGroups.all());
        try (Workbook workbook = Appendices.open(content)) {
            Sheet sheet = AppendixSheet.appendix(workbook);
            source = Appendices.isWord(workbook) ? Messages.text(language, "import.source.word", sheet.getSheetName(), workbook.getNumberOfSheets())
                    : workbook.getNumberOfSheets() > 1 ? Messages.text(language, "import.source.sheet", sheet.getSheetName()) : null;
            Map<AppendixSheet.Column, Integer> columns = AppendixSheet.header(sheet);
            int headerRow = columns.remove(null);
            Set<AppendixSheet.Column> missing = new HashSet<>(AppendixSheet.REQUIRED);
            missing.removeAll(columns.keySet());
            if (!missing.isEmpty()) {
                errors.add(new ImportReport.RowError(headerRow + 1, null, Messages.text(language, "import.header.missing")));
                return new ImportReport(false, 0, source, errors, warnings, headings, rows);
            }
            Pillar section = null;
            Set<String> existing = new HashSet<>(assignment.codesOf(documentId));
            Set<String> seen = new HashSet<>();
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
            int count = 0;
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || AppendixSheet.blank(row, columns)) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    errors.add(new ImportReport.RowError(r + 1, null, Messages.text(language, "import.tooManyRows", MAX_ROWS)));
                    break;
                }
                AppendixSheet.RowReader cells = new AppendixSheet.RowReader(row, r + 1, columns, headerRow, formatter, errors, language);
                String code = AppendixSheet.code(cells.text(AppendixSheet.Column.CODE, 1000));
                String title = cells.text(AppendixSheet.Column.TITLE, 1000);
                String leadName = cells.text(AppendixSheet.Column.LEAD, 255);
                String coopNames = cells.text(AppendixSheet.Column.COOPERATING, 2000);
                String output = cells.text(AppendixSheet.Column.OUTPUT, 1000);
                String deadlineText = cells.deadline(AppendixSheet.Column.DEADLINE);
                String pillarText = cells.text(AppendixSheet.Column.PILLAR, 255);
                if (cells.clean() && leadName.isEmpty() && deadlineText.isEmpty()) {
                    // a group's heading row ("I. HẠ TẦNG SỐ", "1. Nhóm nhiệm vụ về thể chế"): the pillar it names holds below
                    String heading = (code + " " + title).strip();
                    Optional<Pillar> named = Pillar.named(heading);
                    section = named.isPresent() ? named.get() : AppendixSheet.topLevel(code) ? null : section;
                    headings.add(new ImportReport.RowError(r + 1, null, heading.replace('\n', ' ')));
                    count--;
                    continue;
                }
                if (code != null && code.length() > AppendixSheet.CODE_LENGTH) {
                    cells.error(AppendixSheet.Column.CODE, "import.tooLong", AppendixSheet.CODE_LENGTH);
                    code = null;
                }
                Pillar pillar = section;
                if (pillarText != null && !pillarText.isEmpty()) {
                    pillar = Pillar.named(pillarText).orElse(null);
                    if (pillar == null) {
                        cells.error(AppendixSheet.Column.PILLAR, "import.pillar.unknown", pillarText);
                    }
                }
                // a null cell value was already refused with its own message
                if (code == null) {
                    code = "";
                } else if (code.isEmpty()) {
                    cells.error(AppendixSheet.Column.CODE, "import.code.required");
                } else if (!seen.add(code)) {
                    cells.error(AppendixSheet.Column.CODE, "import.code.repeated", code);
                } else if (existing.contains(code)) {
                    cells.error(AppendixSheet.Column.CODE, "task.code.duplicate", code, document.number());
                }
                if (title != null && title.isEmpty()) {
                    cells.error(AppendixSheet.Column.TITLE, "task.title.required");
                }
                // several lead units in one cell: one task each ("giao đồng loạt"), codes suffixed 5.1, 5.2 …
                List<UnitView> leads = new ArrayList<>();
                List<UnitView> leadGroup = leadName == null ? List.of() : group(units, leadName, assignedOn);
                if (!leadGroup.isEmpty()) {
                    // a group as lead ("UBND các xã, phường"): one task for each of its units
                    leads.addAll(leadGroup);
                } else if (leadName != null && units.isGroup(leadName)) {
                    cells.error(AppendixSheet.Column.LEAD, units.group(leadName, assignedOn).isEmpty() ? "import.group.empty" : "import.group.ended",
                            leadName.strip());
                } else if (leadName != null && !leadName.isBlank() && units.find(leadName).isEmpty() && units.split(leadName).size() > 1) {
                    for (String name : units.split(leadName)) {
                        UnitView unit = cells.unit(AppendixSheet.Column.LEAD, name, units, true);
                        if (unit != null && leads.stream().noneMatch(u -> u.id().equals(unit.id()))) {
                            leads.add(unit);
                        }
                    }
                } else {
                    UnitView unit = cells.unit(AppendixSheet.Column.LEAD, leadName, units, true);
                    if (unit != null) {
                        leads.add(unit);
                    }
                }
                List<UnitView> cooperating = new ArrayList<>();
                for (String name : coopNames == null ? List.<String>of() : groupsFirst(coopNames, units, assignedOn, cooperating)) {
                    UnitView unit = cells.unit(AppendixSheet.Column.COOPERATING, name, units, false);
                    if (unit != null && leads.size() == 1 && unit.id().equals(leads.get(0).id())) {
                        cells.error(AppendixSheet.Column.COOPERATING, "task.cooperating.isLead");
                    } else if (unit != null && cooperating.stream().noneMatch(u -> u.id().equals(unit.id()))) {
                        cooperating.add(unit);
                    }
                }
                Deadline deadline = null;
                if (deadlineText == null) {
                    deadlineText = "";
                } else if (deadlineText.isEmpty()) {
                    cells.error(AppendixSheet.Column.DEADLINE, "task.deadline.required");
                } else {
                    deadline = Deadlines.parse(deadlineText, owing).orElse(null);
                    if (deadline == null) {
                        cells.error(AppendixSheet.Column.DEADLINE, "task.deadline.unreadable", deadlineText);
                    } else if (deadline.due().isBefore(document.issueDate())) {
                        cells.error(AppendixSheet.Column.DEADLINE, "task.deadline.beforeDocument", document.issueDate());
                    }
                }
                PlannedMoney money = plannedFunding(cells, cells.text(AppendixSheet.Column.FUNDING, 200),
                        cells.text(AppendixSheet.Column.SOURCE, 255), fundingSources);
                if (money != null && leads.size() > 1) {
                    cells.error(AppendixSheet.Column.FUNDING, "import.funding.severalLeads", leads.size());
                }
                // a plan's day, or the day a unit named in the row began when it is newer than the plan (a commune of 1/7/2025)
                LocalDate rowDay = assignedOn;
                for (UnitView unit : concat(leads, cooperating)) {
                    AppendixSheet.Column column = leads.contains(unit) ? AppendixSheet.Column.LEAD : AppendixSheet.Column.COOPERATING;
                    if (unit.activeOn(assignedOn)) {
                        if (!unit.activeOn(assignment.today()) && organization.responsibleFor(unit.id(), assignment.today()).responsible().isEmpty()) {
                            cells.error(column, "import.unit.noCarrier", unit.displayName(), unit.effectiveTo().plusDays(1).format(DMY));
                        }
                    } else if (unit.activeOn(assignment.today()) && unit.effectiveFrom() != null) {
                        rowDay = unit.effectiveFrom().isAfter(rowDay) ? unit.effectiveFrom() : rowDay;
                    } else {
                        cells.error(column, "task.unit.ended", unit.displayName());
                    }
                }
                if (leads.size() > 1 && code != null && !code.isEmpty()) {
                    for (int i = 0; i < leads.size(); i++) {
                        String suffixed = code + "." + (i + 1);
                        if (!seen.add(suffixed) || existing.contains(suffixed)) {
                            cells.error(AppendixSheet.Column.CODE, "import.code.repeated", suffixed);
                        }
                    }
                }
                if (cells.clean()) {
                    AppendixCarriers carry = new AppendixCarriers(organization, assignment.today(), r + 1, language, warnings);
                    LocalDate day = rowDay;
                    if (day.isAfter(assignedOn)) {
                        concat(leads, cooperating).stream().filter(u -> !u.activeOn(assignedOn)).findFirst().ifPresent(u ->
                                carry.warn("import.unit.startsLater", u.displayName(), u.effectiveFrom().format(DMY)));
                    }
                    for (int i = 0; i < leads.size(); i++) {
                        UnitView lead = leads.get(i);
                        String taskCode = leads.size() == 1 ? code : code + "." + (i + 1);
                        UnitView leadCarrier = carry.carrier(lead);
                        String leadShown = carry.shown(lead);
                        List<String> partners = new ArrayList<>();
                        List<UnitId> partnerCarriers = new ArrayList<>();
                        for (UnitView unit : cooperating) {
                            if (unit.id().equals(lead.id())) {
                                continue;
                            }
                            UnitView carrier = carry.carrier(unit);
                            if (carrier.id().equals(leadCarrier.id())) {
                                carry.warn("import.cooperating.isLeadNow", unit.displayName(), carrier.displayName());
                            } else if (partnerCarriers.contains(carrier.id())) {
                                carry.warn("import.cooperating.collapsed", unit.displayName(), carrier.displayName());
                            } else {
                                partnerCarriers.add(carrier.id());
                                partners.add(carry.shown(unit));
                            }
                        }
                        // assigned on a later day than the plan's, a merged unit's part is assigned to whoever carries it then
                        UnitId leadId = day.isAfter(assignedOn) ? leadCarrier.id() : lead.id();
                        List<UnitId> partnerIds = day.isAfter(assignedOn) ? partnerCarriers
                                : cooperating.stream().map(UnitView::id).filter(u -> !u.equals(lead.id())).toList();
                        tasks.add(new NewTask(documentId, taskCode, title, null, output == null || output.isEmpty() ? null : output, pillar,
                                leadId, partnerIds, deadlineText, null, List.of(), List.of(), day, owing));
                        planned.add(money);
                        rows.add(new ImportReport.ImportedTask(r + 1, taskCode, title, leadShown, partners, deadlineText,
                                deadline.due().toString(), pillar, money == null ? null : Money.words(money.amount()) + " ("
                                + fundingSources.stream().filter(f -> f.id().equals(money.source())).findFirst().orElseThrow().name() + ")",
                                null));
                    }
                }
            }
            if (count == 0 && errors.isEmpty()) {
                errors.add(new ImportReport.RowError(headerRow + 2, null, Messages.text(language, "import.empty")));
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw RuleViolation.invalid("file", "import.unreadable");
        } finally {
            Appendices.release();
        }
        if (dryRun || !errors.isEmpty()) {
            return new ImportReport(false, rows.size() + (int) errors.stream().map(ImportReport.RowError::row).distinct().count(),
                    source, errors, warnings, headings, rows);
        }
        List<TaskView> created = assignment.assignAll(tasks, caller);
        List<ImportReport.ImportedTask> done = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportReport.ImportedTask row = rows.get(i);
            PlannedMoney money = planned.get(i);
            if (money != null) {
                // planned for the year the task falls due
                funding.plan(new NewFundingLine(null, created.get(i).id().value(), money.source(), created.get(i).dueDate().getYear(),
                        money.amount()), caller);
            }
            done.add(new ImportReport.ImportedTask(row.row(), row.code(), row.title(), row.lead(), row.cooperating(),
                    row.deadline(), row.dueDate(), row.pillar(), row.funding(), created.get(i).id()));
        }
        return new ImportReport(true, done.size(), source, List.of(), warnings, headings, done);
    }

    /** "2 tỷ (NSTW)": an amount with its source written after it in brackets. */
    private static final java.util.regex.Pattern SOURCE_IN_BRACKETS = java.util.regex.Pattern.compile("(.*?)\\s*\\(([^)]*)\\)\\s*");

    /** An amount a row plans from one source. */
    private record PlannedMoney(Long source, long amount) {
    }

    /**
     * The row's planned funding: its amount ("12,8 tỷ", or 1.500 under "Kinh phí (triệu đồng)") from the source its
     * "Nguồn kinh phí" cell names, or that the amount names in brackets ("2 tỷ (NSTW)"); null when the row plans none.
     */
    private static PlannedMoney plannedFunding(AppendixSheet.RowReader cells, String amountText, String sourceText,
                                            List<FundingSourceView> sources) {
        if (amountText == null || amountText.isEmpty()) {
            return null;
        }
        String written = amountText;
        String named = sourceText == null ? "" : sourceText;
        java.util.regex.Matcher bracket = SOURCE_IN_BRACKETS.matcher(amountText);
        if (named.isEmpty() && bracket.matches()) {
            written = bracket.group(1);
            named = bracket.group(2);
        }
        Optional<Long> dong = AppendixSheet.money(written, cells.title(AppendixSheet.Column.FUNDING));
        if (dong.isEmpty() || dong.get() < 0) {
            cells.error(AppendixSheet.Column.FUNDING, dong.isEmpty() ? "import.funding.unreadable" : "funding.amount.negative", amountText);
            return null;
        }
        String key = vn.chidao.kernel.Words.plain(named);
        Optional<FundingSourceView> source = sources.stream()
                .filter(f -> vn.chidao.kernel.Words.plain(f.code()).equals(key) || vn.chidao.kernel.Words.plain(f.name()).equals(key))
                .findFirst();
        if (source.isEmpty()) {
            cells.error(named.isEmpty() ? AppendixSheet.Column.FUNDING : AppendixSheet.Column.SOURCE,
                    named.isEmpty() ? "import.funding.noSource" : "import.funding.sourceUnknown", named,
                    String.join("; ", sources.stream().map(f -> f.name() + " (" + f.code() + ")").toList()));
            return null;
        }
        return new PlannedMoney(source.get().id(), dong.get());
    }

    /**
     * The cooperating cell's names after taking out the groups it names ("các sở, ban, ngành"), whose units join
     * {@code cooperating} at once; a group is matched as a whole cell or as one ';'-separated part.
     */
    private List<String> groupsFirst(String names, UnitNames units, LocalDate day, List<UnitView> cooperating) {
        List<String> rest = new ArrayList<>();
        for (String part : names.split("[;\\n]+")) {
            List<UnitView> group = group(units, part, day);
            if (group.isEmpty() && units.isGroup(part)) {
                rest.add(part.strip());
            } else if (group.isEmpty()) {
                rest.addAll(units.split(part));
            } else {
                group.stream().filter(u -> cooperating.stream().noneMatch(c -> c.id().equals(u.id()))).forEach(cooperating::add);
            }
        }
        return rest;
    }

    /**
     * A group's units for a plan of {@code day} followed from today: those of the plan's day that still exist, or, when none of
     * them is left or the group had none then ("UBND các xã, phường" in a plan of 2024, before the communes of 1/7/2025), those
     * that exist today.
     */
    private List<UnitView> group(UnitNames units, String name, LocalDate day) {
        LocalDate today = assignment.today();
        List<UnitView> then = units.group(name, day).stream().filter(u -> u.activeOn(today)).toList();
        return then.isEmpty() ? units.group(name, today) : then;
    }

    private static List<UnitView> concat(List<UnitView> first, List<UnitView> rest) {
        List<UnitView> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
