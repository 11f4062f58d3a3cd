package vn.chidao.app.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import vn.chidao.notification.InboxItem;
import vn.chidao.notification.Notifications;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetStanding;
import vn.chidao.plan.TargetView;
import vn.chidao.tasks.OverdueTask;
import vn.chidao.tasks.SecretariatQueue;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.OwedReport;
import vn.chidao.tasks.PeriodTally;
import vn.chidao.tasks.PeriodView;
import vn.chidao.tasks.ReportingCycles;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.UnitStatusCounts;

/**
 * The start page: the province's picture for the secretariat and the committee, "my unit" for a
 * unit's people — tasks per status class, units ranked by overdue, deadlines of the next 14 days,
 * the longest overdue, targets off track, the secretariat's queue, the latest notices.
 */
@Named
@RequestScoped
public class Dashboard {

    static final int AHEAD_DAYS = 14;
    private static final int MY_TASKS = 20;

    @Inject
    Viewer viewer;

    @Inject
    TaskQueries queries;

    @Inject
    ReportingCycles cycles;

    @Inject
    SecretariatQueue secretariatQueue;

    @Inject
    Planning planning;

    @Inject
    Notifications notifications;

    private List<UnitStatusCounts> perUnit;
    private Map<StatusClass, Long> counts;
    private PeriodTally periodTally;
    private Long atRisk;
    private List<OwedReport> owed;
    private List<OverdueTask> overdue;
    private List<TaskView> upcoming;
    private List<UnitStatusCounts> ranking;
    private List<TargetView> offTrack;
    private List<InboxItem> inbox;
    private SecretariatQueue.WaitingDecisions waiting;

    /** The tasks this page covers: the province, or the viewer's unit (as lead or cooperating). */
    private TaskFilter scope() {
        return viewer.isProvince() ? TaskFilter.all() : TaskFilter.all().unit(viewer.caller().unit());
    }

    /** How the reports of the periodic tasks in view came, period by period (their due day passed). */
    public PeriodTally getPeriodTally() {
        if (periodTally == null) {
            periodTally = queries.periodTally(scope(), viewer.caller());
        }
        return periodTally;
    }

    /** Open tasks at risk of running late (early warning), in the page's scope. */
    public long getAtRisk() {
        if (atRisk == null) {
            atRisk = queries.riskCounts(scope(), viewer.caller()).getOrDefault(vn.chidao.tasks.RiskClass.AT_RISK, 0L);
        }
        return atRisk;
    }

    public List<Map.Entry<StatusClass, Long>> getCounts() {
        return List.copyOf(counts().entrySet());
    }

    public long getTotal() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of a status class in per cent, for the bars. */
    public long share(StatusClass status) {
        long total = getTotal();
        return total == 0 ? 0 : Math.round(100.0 * counts().get(status) / total);
    }

    /** The doughnut of status classes, as the Chart.js configuration p:chart takes. */
    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        counts().forEach((status, n) -> {
            labels.add(Feedback.text("status." + status.name()));
            data.add(n);
            colours.add(status.colour());
        });
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    /** Lead units with overdue tasks, most overdue first (ten at most). */
    public List<UnitStatusCounts> getUnitRanking() {
        if (ranking == null) {
            ranking = perUnit().stream().filter(u -> u.counts().getOrDefault(StatusClass.OVERDUE, 0L) > 0)
                .sorted(Comparator.comparingLong((UnitStatusCounts u) -> u.counts().getOrDefault(StatusClass.OVERDUE, 0L))
                        .reversed().thenComparing(u -> viewer.unitName(u.unit())))
                .limit(10).toList();
        }
        return ranking;
    }

    /**
     * Lead units by on-time rate, best first (ten at most): done on time over everything that fell due — done on time,
     * done late, overdue — as the briefing counts it; units with nothing due yet are left out.
     */
    public List<UnitStatusCounts> getOnTimeRanking() {
        if (onTimeRanking == null) {
            onTimeRanking = perUnit().stream().filter(u -> due(u) > 0)
                    .sorted(Comparator.comparingDouble((UnitStatusCounts u) -> -onTimeRate(u)).thenComparingLong(u -> -due(u))
                            .thenComparing(u -> viewer.unitName(u.unit()), vn.chidao.kernel.Words.vietnameseOrder()))
                    .limit(10).toList();
        }
        return onTimeRanking;
    }

    private List<UnitStatusCounts> onTimeRanking;

    /** Done on time, as a share (0–1) of what fell due. */
    public double onTimeRate(UnitStatusCounts unit) {
        long due = due(unit);
        return due == 0 ? 0 : (double) unit.counts().getOrDefault(StatusClass.DONE_ON_TIME, 0L) / due;
    }

    public long due(UnitStatusCounts unit) {
        return unit.counts().getOrDefault(StatusClass.DONE_ON_TIME, 0L) + unit.counts().getOrDefault(StatusClass.DONE_LATE, 0L)
                + unit.counts().getOrDefault(StatusClass.OVERDUE, 0L);
    }

    public long overdueOf(UnitStatusCounts unit) {
        return unit.counts().getOrDefault(StatusClass.OVERDUE, 0L);
    }

    public String getUnitChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (UnitStatusCounts unit : getUnitRanking()) {
            labels.add(viewer.unitName(unit.unit()));
            data.add(overdueOf(unit));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Feedback.text("status.OVERDUE")).add("data", data)
                                .add("backgroundColor", StatusClass.OVERDUE.colour()))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        // tasks are counted whole: ticks 0, 1, 2 … not 0, 0.1 … 1.0
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** Open tasks whose deadline falls today or in the next 14 days, soonest first. */
    public List<TaskView> getUpcoming() {
        if (upcoming == null) {
            LocalDate today = viewer.getToday();
            TaskFilter scope = scope();
            TaskFilter window = new TaskFilter(scope.unit(), null, null, null, today, today.plusDays(AHEAD_DAYS));
            upcoming = queries.list(window, viewer.caller(), 0, 200).stream().filter(t -> t.state().open()).limit(15).toList();
        }
        return upcoming;
    }

    /** The viewer's unit's open tasks, lead or cooperating, by deadline (unit pages only): what to report on next. */
    public List<TaskView> getMyTasks() {
        if (myTasks == null) {
            myTasks = !viewer.isUnitUser() ? List.of() : queries.open(TaskFilter.all().unit(viewer.caller().unit()), viewer.caller(), MY_TASKS);
        }
        return myTasks;
    }

    /** Whether the viewer's unit leads the task (else it cooperates). */
    public boolean leads(TaskView task) {
        return task.leadUnit().equals(viewer.caller().unit());
    }

    public List<OverdueTask> getOverdue() {
        if (overdue == null) {
            overdue = queries.overdue(scope(), viewer.caller(), 10);
        }
        return overdue;
    }

    /** The periodic reports the viewer's unit owes now, soonest due first (unit pages only). */
    public List<OwedReport> getOwed() {
        if (owed == null) {
            owed = !viewer.isUnitUser() ? List.of() : cycles.owed(viewer.caller().unit(), viewer.caller());
        }
        return owed;
    }

    public String periodLabel(PeriodView period) {
        return period.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Targets behind their trajectory, the first ten (province pages only); {@link #getTargetsBehind()} counts them all. */
    public List<TargetView> getTargetsOffTrack() {
        if (offTrack == null) {
            List<TargetView> behind = !viewer.isProvince() ? List.of() : planning.allTargets(viewer.getToday()).stream()
                    .filter(t -> t.standing() == TargetStanding.OFF_TRACK || t.standing() == TargetStanding.AT_RISK)
                    .sorted(Comparator.comparing(TargetView::standing).reversed()).toList();
            targetsBehind = behind.size();
            offTrack = behind.stream().limit(10).toList();
        }
        return offTrack;
    }

    private long targetsBehind;

    /** How many targets are behind in all, when the list shows only the first ten. */
    public long getTargetsBehind() {
        getTargetsOffTrack();
        return targetsBehind;
    }

    public long getPendingExtensions() {
        return waiting().extensions();
    }

    public long getProposedCompletions() {
        return waiting().completions();
    }

    private SecretariatQueue.WaitingDecisions waiting() {
        if (waiting == null) {
            waiting = viewer.isSecretariat() ? secretariatQueue.waitingDecisions(viewer.caller()) : new SecretariatQueue.WaitingDecisions(0, 0);
        }
        return waiting;
    }

    private List<TaskView> myTasks;

    public List<InboxItem> getInbox() {
        if (inbox == null) {
            inbox = notifications.inbox(viewer.getMe().id(), false, 0, 5);
        }
        return inbox;
    }

    private Map<StatusClass, Long> counts() {
        if (counts == null) {
            counts = new EnumMap<>(StatusClass.class);
            for (StatusClass status : StatusClass.values()) {
                counts.put(status, 0L);
            }
            perUnit().forEach(unit -> unit.counts().forEach((status, n) -> counts.merge(status, n, Long::sum)));
        }
        return counts;
    }

    /** The page's tasks per lead unit and status class, read once. */
    private List<UnitStatusCounts> perUnit() {
        if (perUnit == null) {
            perUnit = queries.countsByUnit(scope(), viewer.caller(), false);
        }
        return perUnit;
    }
}
