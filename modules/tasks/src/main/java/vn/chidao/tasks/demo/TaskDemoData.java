package vn.chidao.tasks.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.DemoFiles;
import vn.chidao.kernel.Money;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.Planning;
import vn.chidao.tasks.Disbursed;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.Funding;
import vn.chidao.tasks.IssueState;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.NewFundingLine;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.PeriodView;
import vn.chidao.tasks.Priority;
import vn.chidao.tasks.Reorganisation;
import vn.chidao.tasks.ReportingCycles;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskExtensions;
import vn.chidao.tasks.TaskIssues;
import vn.chidao.tasks.TaskLifecycle;
import vn.chidao.tasks.TaskProgress;
import vn.chidao.tasks.TaskView;

/**
 * KH 382/KH-UBND's tasks as the article assigns them, each with a follow-up history (reports,
 * completions, an extension) played through the same rules as real users' actions.
 */
@ApplicationScoped
public class TaskDemoData {

    private static final Logger LOG = Logger.getLogger(TaskDemoData.class.getName());
    private static final String PLAN = "382/KH-UBND";
    /** The plan is for 2025: its recurring and ongoing tasks owe reports from the first quarter of 2025. */
    private static final LocalDate OWING_FROM = LocalDate.of(2025, 1, 1);

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskLifecycle lifecycle;

    @Inject
    TaskProgress taskProgress;

    @Inject
    TaskIssues issues;

    @Inject
    ReportingCycles cycles;

    @Inject
    Planning planning;

    @Inject
    Organization organization;

    @Inject
    Reorganisation reorganisation;

    @Inject
    Funding funding;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void load() {
        DocumentView plan = planning.documentByNumber(PLAN).orElseThrow();
        long existing = em.createQuery("select count(t) from Task t where t.documentId = :d", Long.class)
                .setParameter("d", plan.id().value()).getSingleResult();
        Caller secretariat = new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT));
        if (existing > 0) {
            endDistricts(secretariat);
            return;
        }
        int count = 0;
        Map<String, TaskView> byCode = new java.util.HashMap<>();
        for (String[] row : DemoFiles.rows("demo/tasks/kh382.csv", 8)) {
            List<UnitId> cooperating = row[3].isEmpty() ? List.of()
                    : Arrays.stream(row[3].split("\\|")).map(this::unit).toList();
            TaskView task = assignment.assign(new NewTask(plan.id(), row[0], row[1], null, row[6], Pillar.valueOf(row[5]),
                    unit(row[2]), cooperating, row[4], Priority.NORMAL, List.of(), List.of(), plan.issueDate(), OWING_FROM),
                    secretariat);
            play(task, row[7], secretariat);
            byCode.put(row[0], task);
            count++;
        }
        int c = count;
        LOG.info(() -> "Task demo data: " + c + " tasks of " + PLAN + " added.");
        fund(byCode, secretariat);
        endDistricts(secretariat);
    }

    /** The 1/7/2025 reorganisation: each district People's Committee split among its communes, its open tasks to the first. */
    private void endDistricts(Caller secretariat) {
        int ended = 0;
        for (String[] row : DemoFiles.rows("demo/tasks/splits.csv", 3)) {
            UnitView district = organization.unitByCode(row[0]).orElseThrow();
            if (district.effectiveTo() == null) {
                List<UnitId> heirs = Arrays.stream(row[1].split("\\|")).map(this::unit).toList();
                reorganisation.endUnit(district.id(), LocalDate.parse(row[2]), heirs, Map.of(), heirs.get(0), secretariat);
                ended++;
            }
        }
        int e = ended;
        LOG.info(() -> "Task demo data: " + e + " district committees ended on 1/7/2025, their open tasks moved to communes.");
    }

    private void play(TaskView task, String scenario, Caller secretariat) {
        Caller lead = new Caller("demo-data", task.leadUnit(), Set.of(Role.UNIT_HEAD));
        String[] parts = scenario.split(":");
        String arg = parts.length > 1 ? parts[1] : null;
        switch (parts[0]) {
            case "done", "late" -> {
                LocalDate day = LocalDate.parse(arg);
                report(task, lead, day.minusMonths(2), 50, "Đã triển khai các nội dung chính theo kế hoạch.", false);
                report(task, lead, day, 100, "Đã hoàn thành nhiệm vụ, đề nghị Cơ quan thường trực xem xét.", true);
                taskProgress.acceptCompletion(task.id(), secretariat, assignment.task(task.id(), secretariat).version());
            }
            case "proposed" -> {
                report(task, lead, LocalDate.parse(arg).minusMonths(6), 60, "Đang triển khai.", false);
                report(task, lead, LocalDate.parse(arg), 100, "Đã hoàn thành, đề nghị xem xét.", true);
            }
            case "progress", "missed-last", "late-twice" -> {
                if (task.deadline().kind().periodic()) {
                    // a periodic task reports a few days before each period's due day ("missed-last": all but the last one
                    // due; "late-twice": the last two due reported twelve days late, which the early warning notices)
                    List<PeriodView> periods = cycles.periods(task.id(), lead);
                    LocalDate today = assignment.today();
                    List<LocalDate> due = periods.stream().map(PeriodView::dueOn).filter(d -> d.isBefore(today)).sorted().toList();
                    for (PeriodView period : periods) {
                        int fromLast = due.size() - 1 - due.indexOf(period.dueOn());
                        boolean lastDue = due.contains(period.dueOn()) && fromLast == 0;
                        boolean late = parts[0].equals("late-twice") && due.contains(period.dueOn()) && fromLast < 2;
                        LocalDate day = late ? period.dueOn().plusDays(12) : period.dueOn().minusDays(4);
                        day = day.isAfter(today) && late ? today : day;
                        if (!day.isAfter(today) && !(lastDue && parts[0].equals("missed-last"))) {
                            report(task, lead, day, Integer.parseInt(arg), late
                                    ? "Báo cáo kỳ (chậm do chờ số liệu của các xã): đã thực hiện các nội dung của kỳ."
                                    : "Báo cáo kỳ: đã thực hiện các nội dung của kỳ theo kế hoạch.", false);
                        }
                    }
                } else if (Integer.parseInt(arg) <= 65) {
                    // slow work says why: the committee's meetings go through these
                    taskProgress.reportProgress(task.id(), lead, later(task, LocalDate.of(2025, 9, 30)),
                            "Đang triển khai, đạt " + arg + "% khối lượng.", Integer.parseInt(arg), false,
                            List.of("Thiếu cán bộ chuyên trách công nghệ thông tin", "Hạ tầng mạng tại các xã vùng sâu, vùng xa chưa ổn định"),
                            List.of());
                } else {
                    report(task, lead, LocalDate.of(2025, 9, 30), Integer.parseInt(arg),
                            "Đang triển khai, đạt " + arg + "% khối lượng.", false);
                }
            }
            case "extended", "pending-extension" -> {
                taskProgress.reportProgress(task.id(), lead, later(task, LocalDate.of(2025, 8, 15)), "Đang triển khai, gặp khó khăn về kinh phí.",
                        40, false, List.of("Chưa được bố trí kinh phí năm 2025 để thuê dịch vụ và mua sắm thiết bị"),
                        List.of("Đề nghị Sở Tài chính tham mưu UBND tỉnh bổ sung dự toán cho nhiệm vụ"));
                if (parts[0].equals("extended")) {
                    IssueView budget = issues.list(secretariat, null, true, task.id()).get(0);
                    issues.answer(budget.id(), secretariat, budget.version(), IssueState.RESOLVED,
                            "UBND tỉnh đã bố trí kinh phí tại quyết định bổ sung dự toán năm 2025; đơn vị triển khai theo thời hạn đã gia hạn.");
                }
                ExtensionView extension = taskExtensions.requestExtension(task.id(), lead, LocalDate.parse(arg),
                        "Chờ bố trí kinh phí và hoàn thiện hạ tầng; đề nghị gia hạn.");
                if (parts[0].equals("extended")) {
                    taskExtensions.decideExtension(extension.id(), secretariat, true, extension.version(), "Đồng ý gia hạn.");
                }
            }
            case "suspended" -> lifecycle.suspend(task.id(), secretariat, task.version(),
                    "Tạm dừng chờ hướng dẫn của Bộ Tài chính.");
            case "none" -> {
                // assigned and never reported on
            }
            default -> throw new IllegalStateException("Unknown demo scenario: " + scenario);
        }
    }

    /**
     * Funding: the documents' envelopes and some tasks' planned amounts by source, and disbursement reported by the lead
     * unit with progress reports (one task pays out more from the province's budget than planned, as happens).
     */
    private void fund(Map<String, TaskView> byCode, Caller secretariat) {
        Map<String, Long> sources = new java.util.HashMap<>();
        funding.sources().forEach(s -> sources.put(s.code(), s.id()));
        // the tasks named are KH 382's (the only plan with tasks in the demo)
        Map<String, java.util.TreeMap<LocalDate, List<Disbursed>>> reports = new java.util.LinkedHashMap<>();
        for (String[] row : DemoFiles.rows("demo/tasks/funding.csv", 6)) {
            DocumentView document = planning.documentByNumber(row[0]).orElseThrow();
            TaskView task = row[1].isEmpty() ? null : byCode.get(row[1]);
            long source = sources.get(row[2]);
            funding.plan(new NewFundingLine(document.id().value(), task == null ? null : task.id().value(), source,
                    Integer.valueOf(row[3]), Money.parse(row[4]).orElseThrow()), secretariat);
            for (String paid : row[5].isEmpty() ? new String[0] : row[5].split("\\|")) {
                String[] dayAmount = paid.split("=");
                reports.computeIfAbsent(document.number() + "#" + row[1], k -> new java.util.TreeMap<>())
                        .computeIfAbsent(LocalDate.parse(dayAmount[0]), d -> new java.util.ArrayList<>())
                        .add(new Disbursed(source, Money.parse(dayAmount[1]).orElseThrow()));
            }
        }
        reports.forEach((key, byDay) -> {
            String[] parts = key.split("#");
            TaskView task = byCode.get(parts[1]);
            Caller lead = new Caller("demo-data", task.leadUnit(), Set.of(Role.UNIT_HEAD));
            byDay.forEach((day, lines) -> taskProgress.reportProgress(task.id(), lead, day,
                    "Báo cáo giải ngân: đã thanh toán theo hợp đồng và biên bản nghiệm thu khối lượng hoàn thành.",
                    assignment.task(task.id(), lead).percent(), false, List.of(), List.of(), lines));
        });
        LOG.info(() -> "Task demo data: funding of the cashew decision and of " + reports.size() + " tasks of " + PLAN + " added.");
    }

    private void report(TaskView task, Caller lead, LocalDate day, int percent, String text, boolean proposes) {
        taskProgress.reportProgress(task.id(), lead, later(task, day), text, percent, proposes);
    }

    /** The day, or the task's assignment if that came later: nothing is reported before it was assigned. */
    private static LocalDate later(TaskView task, LocalDate day) {
        return day.isBefore(task.assignedOn()) ? task.assignedOn() : day;
    }

    private UnitId unit(String code) {
        return organization.unitByCode(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code)).id();
    }
}
