package vn.chidao.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.chidao.organization.Caller;
import vn.chidao.organization.Organization;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.domain.RiskRules;
import vn.chidao.tasks.domain.StatusRules;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.Visibility;

/**
 * The committee's questions, answered in SQL: lists by unit, document, pillar, status class and
 * deadline; counts per unit per status class; the overdue list. A unit's people see only the
 * tasks their unit leads or cooperates on — in lists and counts as much as in single records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskQueries {

    private static final String OPEN = "(vn.chidao.tasks.TaskState.ASSIGNED, vn.chidao.tasks.TaskState.IN_PROGRESS, "
            + "vn.chidao.tasks.TaskState.COMPLETION_PROPOSED)";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskAccess access;

    @Inject
    Organization organization;

    public List<TaskView> list(TaskFilter filter, Caller caller, int offset, int limit) {
        return list(filter, caller, offset, limit, null, false);
    }

    /** The columns a list may be ordered by; anything else keeps the order by deadline. */
    private static final Map<String, String> ORDER = Map.of("code", "t.code", "title", "t.title", "dueDate", "t.dueDate",
            "percent", "t.percent");

    /** As {@link #list(TaskFilter, Caller, int, int)}, ordered by {@code code}, {@code title}, {@code dueDate} or {@code percent}. */
    public List<TaskView> list(TaskFilter filter, Caller caller, int offset, int limit, String orderBy, boolean descending) {
        Where where = where(filter, caller, false);
        String order = orderBy != null && ORDER.containsKey(orderBy)
                ? (orderBy.equals("title") ? "collate(t.title as utf8mb4_vietnamese_ci)" : ORDER.get(orderBy)) + (descending ? " desc" : "")
                        + ", t.dueDate, t.id"
                : "t.dueDate, t.id";
        TypedQuery<Task> query = em.createQuery("select t from Task t where " + where.jpql
                + " order by " + order, Task.class);
        where.bind(query);
        LocalDate today = where.today;
        List<Task> tasks = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return views(tasks, today);
    }

    /** The tasks as of {@code today}, with their status classes and early warning. */
    List<TaskView> views(List<Task> tasks, LocalDate today) {
        RiskRules.Thresholds thresholds = access.thresholds();
        java.util.Set<Long> pending = tasks.isEmpty() ? java.util.Set.of() : access.extensionsPending(today);
        return tasks.stream().map(t -> t.view(today, access.soonDays(), thresholds, pending.contains(t.id()))).toList();
    }

    /** The open tasks (assigned, under way, completion proposed) of the filter, by deadline: a unit's "to do" list. */
    public List<TaskView> open(TaskFilter filter, Caller caller, int limit) {
        Where where = where(filter, caller, false);
        TypedQuery<Task> query = em.createQuery("select t from Task t where t.state in " + OPEN + " and " + where.jpql
                + " order by t.dueDate, t.id", Task.class);
        where.bind(query);
        return views(query.setMaxResults(limit).getResultList(), where.today);
    }

    public long count(TaskFilter filter, Caller caller) {
        Where where = where(filter, caller, false);
        TypedQuery<Long> query = em.createQuery("select count(t) from Task t where " + where.jpql, Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /**
     * Per lead unit, how many tasks are in each status class; against the original deadline when asked. As of a past day
     * (the filter's {@code asOf}), a task whose lead today did not exist yet then is counted under the unit first assigned
     * it (a district committee's task on 30/6/2025, not the commune that took it over on 1/7/2025).
     */
    public List<UnitStatusCounts> countsByUnit(TaskFilter filter, Caller caller, boolean againstOriginal) {
        Where where = where(filter, caller, againstOriginal);
        String status = StatusRules.jpql(againstOriginal);
        TypedQuery<Object[]> query = em.createQuery("select t.leadUnitId, t.originalLeadUnitId, " + status + ", count(t) from Task t where "
                + where.jpql + " group by t.leadUnitId, t.originalLeadUnitId, " + status, Object[].class);
        where.bind(query);
        LocalDate day = filter.asOf();
        Map<Long, UnitView> units = day == null ? Map.of()
                : organization.units(null).stream().collect(Collectors.toMap(u -> u.id().value(), u -> u));
        Map<Long, Map<StatusClass, Long>> byUnit = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            Long lead = (Long) row[0];
            Long original = (Long) row[1];
            UnitView now = units.get(lead);
            UnitView first = original == null ? null : units.get(original);
            if (now != null && first != null && !now.activeOn(day) && first.activeOn(day)) {
                lead = original;
            }
            byUnit.computeIfAbsent(lead, u -> new EnumMap<>(StatusClass.class))
                    .merge(StatusClass.valueOf((String) row[2]), (Long) row[3], Long::sum);
        }
        return byUnit.entrySet().stream()
                .map(e -> new UnitStatusCounts(new UnitId(e.getKey()), e.getValue(),
                        e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .sorted((a, b) -> Long.compare(b.counts().getOrDefault(StatusClass.OVERDUE, 0L),
                        a.counts().getOrDefault(StatusClass.OVERDUE, 0L)))
                .collect(Collectors.toList());
    }

    /**
     * How many of the selected tasks with a date or period for deadline are in each status class: what on-time
     * rates are computed on (periodic tasks are judged by their periods, {@link #periodTally}).
     */
    public Map<StatusClass, Long> datedTotals(TaskFilter filter, Caller caller, boolean againstOriginal) {
        Where where = where(filter, caller, againstOriginal);
        String status = StatusRules.jpql(againstOriginal);
        TypedQuery<Object[]> query = em.createQuery("select " + status + ", count(t) from Task t where " + where.jpql
                + " and t.deadlineKind not in (" + StatusRules.PERIODIC + ") group by " + status, Object[].class);
        where.bind(query);
        Map<StatusClass, Long> totals = new EnumMap<>(StatusClass.class);
        for (Object[] row : query.getResultList()) {
            totals.put(StatusClass.valueOf((String) row[0]), (Long) row[1]);
        }
        return totals;
    }

    /**
     * The periods of the selected periodic tasks whose due day is before the filter's day (today when it has
     * none), by how their reports came; a report made after that day had not come then. {@code filter.unit()}
     * means the lead unit here: the lead owes the periods' reports.
     */
    public PeriodTally periodTally(TaskFilter filter, Caller caller) {
        Where where = where(filter.unit(null), caller, false);
        if (filter.unit() != null) {
            where.jpql += " and t.leadUnitId = :lead";
            where.parameters.put("lead", filter.unit().value());
        }
        TypedQuery<Object[]> query = em.createQuery("select count(p),"
                + " coalesce(sum(case when p.waivedReason is null and p.reportedOn <= :today and p.reportedOn <= p.dueOn then 1 else 0 end), 0),"
                + " coalesce(sum(case when p.waivedReason is null and p.reportedOn <= :today and p.reportedOn > p.dueOn then 1 else 0 end), 0),"
                + " coalesce(sum(case when p.waivedReason is null and (p.reportedOn is null or p.reportedOn > :today) then 1 else 0 end), 0),"
                + " coalesce(sum(case when p.waivedReason is not null then 1 else 0 end), 0)"
                + " from ReportingPeriod p, Task t where p.taskId = t.id and p.dueOn < :today and " + where.jpql, Object[].class);
        where.bind(query);
        Object[] row = query.getSingleResult();
        return new PeriodTally(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    /** Open tasks past their deadline, longest overdue first; for one unit or the whole province. */
    public List<OverdueTask> overdue(UnitId unit, Caller caller, int limit) {
        return overdue(new TaskFilter(unit, null, null, null, null, null), caller, limit);
    }

    /**
     * Open tasks past their deadline as of the filter's day (today when it has none), longest overdue
     * first; {@code filter.unit()} means the lead unit here, as the overdue list names who answers for it.
     */
    public List<OverdueTask> overdue(TaskFilter filter, Caller caller, int limit) {
        Where where = where(filter.unit(null), caller, false);
        StringBuilder jpql = new StringBuilder("select t.id, t.documentId, t.code, t.title, t.leadUnitId, t.dueDate, "
                + "t.originalDueDate, t.percent, t.lastProgressOn from Task t where " + where.jpql
                + " and (t.state in " + OPEN + " or (t.state = vn.chidao.tasks.TaskState.ACCEPTED and t.completedOn > :today))"
                + " and t.dueDate < :today");
        if (filter.unit() != null) {
            jpql.append(" and t.leadUnitId = :lead");
            where.parameters.put("lead", filter.unit().value());
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" order by t.dueDate, t.id").toString(), Object[].class);
        where.bind(query);
        LocalDate today = where.today;
        return query.setMaxResults(limit).getResultList().stream().map(r -> new OverdueTask(new TaskId((Long) r[0]),
                new DocumentId((Long) r[1]), (String) r[2], (String) r[3], new UnitId((Long) r[4]), (LocalDate) r[5],
                (LocalDate) r[6], java.time.temporal.ChronoUnit.DAYS.between((LocalDate) r[5], today), (Integer) r[7],
                (LocalDate) r[8])).toList();
    }

    /** Open tasks due on one of {@code days}, or due on or before {@code overdueUpTo} when it is given. */
    public List<DueTask> openDue(Collection<LocalDate> days, LocalDate overdueUpTo) {
        String jpql = "select t.id, t.code, t.title, t.leadUnitId, t.dueDate from Task t where t.state in " + OPEN
                + " and (t.dueDate in :days" + (overdueUpTo == null ? ")" : " or t.dueDate <= :upTo)") + " order by t.id";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("days", List.copyOf(days));
        if (overdueUpTo != null) {
            query.setParameter("upTo", overdueUpTo);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, List<UnitId>> cooperating = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select t.id, c.unitId from Task t join t.cooperation c where t.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(r -> cooperating.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add(new UnitId((Long) r[1])));
        }
        return rows.stream().map(r -> new DueTask(new TaskId((Long) r[0]), (String) r[1], (String) r[2], new UnitId((Long) r[3]),
                cooperating.getOrDefault((Long) r[0], List.of()), (LocalDate) r[4])).toList();
    }

    /**
     * Every open task at risk of running late as of {@code today}, whoever leads it, with its warning's grounds: what the
     * morning scan warns lead units about.
     */
    public List<TaskView> atRisk(LocalDate today) {
        Where where = new Where(today, today.plusDays(assignment.soonDays()), access);
        TypedQuery<Task> query = em.createQuery("select t from Task t where t.state in " + OPEN + " and t.dueDate >= :today and "
                + RiskRules.JPQL + " = 'AT_RISK' order by t.id", Task.class);
        where.bind(query);
        return views(query.getResultList(), today);
    }

    /** How many of the selected tasks are in each early-warning class, as of the filter's day (today when it has none). */
    public Map<RiskClass, Long> riskCounts(TaskFilter filter, Caller caller) {
        Where where = where(filter.risk(null), caller, false);
        TypedQuery<Object[]> query = em.createQuery("select " + RiskRules.JPQL + ", count(t) from Task t where " + where.jpql
                + " group by " + RiskRules.JPQL, Object[].class);
        where.bind(query);
        Map<RiskClass, Long> counts = new EnumMap<>(RiskClass.class);
        for (RiskClass level : RiskClass.values()) {
            counts.put(level, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put(RiskClass.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** How many deadline extensions the selected tasks were granted, and on how many tasks. */
    public ExtensionTally extensionsGranted(TaskFilter filter, Caller caller) {
        Where where = where(filter, caller, false);
        TypedQuery<Object[]> query = em.createQuery("select coalesce(sum(t.extensionCount), 0), "
                + "coalesce(sum(case when t.extensionCount > 0 then 1 else 0 end), 0) from Task t where " + where.jpql, Object[].class);
        where.bind(query);
        Object[] row = query.getSingleResult();
        return new ExtensionTally(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The latest progress report's text of each task named, for lists that show "last progress". */
    public Map<TaskId, String> latestProgressText(Collection<TaskId> tasks) {
        Map<TaskId, String> texts = new HashMap<>();
        List<Long> ids = tasks.stream().map(TaskId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("select p.taskId, p.text from ProgressReport p where p.taskId in :ids and p.id = "
                            + "(select max(q.id) from ProgressReport q where q.taskId = p.taskId)", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(r -> texts.put(new TaskId((Long) r[0]), (String) r[1]));
        }
        return texts;
    }

    private Where where(TaskFilter filter, Caller caller, boolean againstOriginal) {
        LocalDate today = filter.asOf() == null ? assignment.today() : filter.asOf();
        Where where = new Where(today, today.plusDays(assignment.soonDays()), access);
        StringBuilder jpql = new StringBuilder("1 = 1");
        if (filter.asOf() != null) {
            jpql.append(" and t.assignedOn <= :today");
        }
        if (!caller.readsEverything()) {
            jpql.append(" and ").append(Visibility.JPQL);
            where.parameters.put("me", Visibility.me(caller));
        }
        if (filter.unit() != null) {
            jpql.append(" and ").append(Visibility.involving("unit"));
            where.parameters.put("unit", filter.unit().value());
        }
        if (filter.document() != null) {
            jpql.append(" and :document member of t.mandates");
            where.parameters.put("document", filter.document().value());
        }
        if (filter.pillar() != null) {
            jpql.append(" and t.pillar = :pillar");
            where.parameters.put("pillar", filter.pillar());
        }
        if (filter.dueFrom() != null) {
            jpql.append(" and t.dueDate >= :dueFrom");
            where.parameters.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            jpql.append(" and t.dueDate <= :dueTo");
            where.parameters.put("dueTo", filter.dueTo());
        }
        if (filter.status() != null) {
            jpql.append(" and ").append(StatusRules.jpql(againstOriginal)).append(" = :status");
            where.parameters.put("status", filter.status().name());
        }
        if (filter.risk() != null) {
            jpql.append(" and ").append(RiskRules.JPQL).append(" = :risk");
            where.parameters.put("risk", filter.risk().name());
        }
        List<String> words = filter.searchWords();
        if (!words.isEmpty()) {
            // every word in one field: the title, the details, the output, the code, the lead unit's name or the document;
            // a collation that ignores case and every diacritic, đ included ("dang" finds "Đăng"), which the tables' own
            // utf8mb4_unicode_ci does not
            for (int i = 0; i < words.size(); i++) {
                // "%" and "_" are letters here: escaped with "!" (Hibernate renders LIKE without MariaDB's backslash escape)
                where.parameters.put("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            jpql.append(" and (").append(allIn("t.title", words.size())).append(" or ").append(allIn("t.description", words.size()))
                    .append(" or ").append(allIn("t.expectedOutput", words.size())).append(" or ").append(allIn("t.code", words.size()))
                    .append(" or t.leadUnitId in (select u.id from Unit u where ").append(allIn("u.name", words.size())).append(" or ")
                    .append(allIn("u.shortName", words.size())).append(")")
                    .append(" or t.documentId in (select d.id from Document d where ").append(allIn("d.number", words.size()))
                    .append(" or ").append(allIn("d.summary", words.size())).append("))");
        }
        where.jpql = jpql.toString();
        return where;
    }

    /** "every word is in {@code field}": parameters :w0 … :w(n-1). */
    private static String allIn(String field, int words) {
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (int i = 0; i < words; i++) {
            all.add("collate(" + field + " as utf8mb4_unicode_520_ci) like :w" + i + " escape '!'");
        }
        return all.toString();
    }

    private static final class Where {
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final LocalDate today;
        private String jpql;

        Where(LocalDate today, LocalDate soon, TaskAccess access) {
            this.today = today;
            parameters.put("today", today);
            parameters.put("soon", soon);
            parameters.put("dayEnd", access.dayEnd(today));
            parameters.put("yearAgo", today.minus(RiskRules.LOOK_BACK));
            RiskRules.Thresholds thresholds = access.thresholds();
            parameters.put("riskFrom", thresholds.from());
            parameters.put("riskMargin", thresholds.margin());
            parameters.put("riskMissed", (long) thresholds.missedPeriods());
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach((name, value) -> {
                if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
                    query.setParameter(name, value);
                }
            });
        }
    }
}
