package vn.chidao.app.it;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The province-scale dataset of the benchmark — 60 units, 20 documents, 200 targets, 10,000 tasks,
 * 100,000 progress reports — written once, straight into the test database with batched SQL
 * (through the API it would take most of an hour). Deterministic: the same seed every time.
 */
final class ProvinceDataset {

    static final int UNITS = 60;
    static final int DOCUMENTS = 20;
    static final int TARGETS_PER_DOCUMENT = 10;
    static final int TASKS = 10_000;
    static final int REPORTS_PER_TASK = 10;
    /** Every fifth task reports quarterly, owing since 2022: four years of periods each. */
    static final int PERIODIC_EVERY = 5;
    private static final String[] PILLARS = {"DIGITAL_INFRASTRUCTURE", "DIGITAL_GOVERNMENT", "DIGITAL_ECONOMY",
            "DIGITAL_SOCIETY", "INFORMATION_SECURITY"};

    private ProvinceDataset() {
    }

    /** Creates what is missing; returns the seconds it took (0 when everything was there). */
    static double ensure(String url) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            if (count(c, "select count(*) from task_task where code like 'BENCH-%'") >= TASKS) {
                if (count(c, "select count(*) from funding_plan where changed_by = 'bench'") > 0) {
                    return 0;
                }
            } else {
                List<Long> units = units(c);
                List<Long> documents = documents(c);
                tasks(c, units, documents);
                periodic(c);
            }
            funding(c);
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Copies the benchmark's tasks, with their deadlines moved by a few days each time, until there are
     * {@code total} of them: the scale of the deadline scan's goal. Returns the seconds it took.
     */
    static double scaleUp(String url, int total) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            int round = (int) count(c, "select count(*) from task_task where code like 'BENCHX%'") / TASKS;
            while (count(c, "select count(*) from task_task where code like 'BENCH%'") < total) {
                round++;
                try (PreparedStatement copy = c.prepareStatement("insert into task_task (document_id, code, title, pillar, lead_unit_id, "
                        + "original_lead_unit_id, deadline_kind, original_due_date, due_date, extension_count, priority, state, "
                        + "proposed_on, completed_on, percent, last_progress_on, assigned_on, assigned_by) "
                        + "select document_id, concat('BENCHX', ?, '-', id), title, pillar, lead_unit_id, original_lead_unit_id, deadline_kind, "
                        + "date_add(original_due_date, interval ? day), date_add(due_date, interval ? day), extension_count, priority, state, "
                        + "proposed_on, completed_on, percent, last_progress_on, assigned_on, assigned_by from task_task where code like 'BENCH-%'")) {
                    copy.setInt(1, round);
                    copy.setInt(2, round * 7);
                    copy.setInt(3, round * 7);
                    copy.executeUpdate();
                }
                try (PreparedStatement mandate = c.prepareStatement("insert into task_mandate (task_id, document_id) "
                        + "select id, document_id from task_task where code like concat('BENCHX', ?, '-%')")) {
                    mandate.setInt(1, round);
                    mandate.executeUpdate();
                }
                c.commit();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<Long> units(Connection c) throws SQLException {
        int existing = (int) count(c, "select count(*) from org_unit where effective_to is null");
        try (PreparedStatement insert = c.prepareStatement(
                "insert into org_unit (code, name, short_name, kind) values (?, ?, ?, 'COMMUNE')")) {
            for (int i = existing; i < UNITS; i++) {
                insert.setString(1, "BENCH-U" + i);
                insert.setString(2, "Ủy ban nhân dân xã thử nghiệm số " + i);
                insert.setString(3, "UBND xã " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids(c, "select id from org_unit where effective_to is null order by id");
    }

    private static List<Long> documents(Connection c) throws SQLException {
        try (PreparedStatement doc = c.prepareStatement("insert into plan_document (kind, number, issue_date, issuing_body, "
                + "summary, period_from, period_to, status) values ('PLAN', ?, ?, 'UBND tỉnh Bình Phước', ?, 2025, 2027, 'IN_FORCE')");
             PreparedStatement target = c.prepareStatement("insert into plan_target (document_id, pillar, name, unit_of_measure, "
                     + "baseline, baseline_date, milestones_text, direction) "
                     + "values (?, ?, ?, '%', 20, '2024-12-31', '2025: 15–20%; 2027: ≥ 80%', 'HIGHER_IS_BETTER')")) {
            for (int d = 0; d < DOCUMENTS; d++) {
                String number = "BENCH-" + d + "/KH-UBND";
                doc.setString(1, number);
                doc.setDate(2, Date.valueOf(LocalDate.of(2024, 12, 1).plusDays(d)));
                doc.setString(3, "Kế hoạch chuyển đổi số thử nghiệm số " + d);
                doc.addBatch();
            }
            doc.executeBatch();
            List<Long> documents = ids(c, "select id from plan_document where number like 'BENCH-%' order by id");
            for (long document : documents) {
                for (int t = 0; t < TARGETS_PER_DOCUMENT; t++) {
                    target.setLong(1, document);
                    target.setString(2, PILLARS[t % PILLARS.length]);
                    target.setString(3, "Chỉ tiêu thử nghiệm " + document + "." + t);
                    target.addBatch();
                }
            }
            target.executeBatch();
            // two horizons each, as plans write them: a range for the first, a floor for the second
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into plan_milestone (target_id, position, kind, low_value, high_value, due_date, wording) "
                        + "select id, 0, 'RANGE', 15, 20, '2025-12-31', '15% đến 20%' from plan_target where name like 'Chỉ tiêu thử nghiệm %'");
                s.executeUpdate("insert into plan_milestone (target_id, position, kind, low_value, high_value, due_date, wording) "
                        + "select id, 1, 'AT_LEAST', 80, null, '2027-12-31', 'tối thiểu 80%' from plan_target where name like 'Chỉ tiêu thử nghiệm %'");
            }
            return documents;
        }
    }

    /** Every task plans money from one or two sources; every other one has disbursed part of it in two reports. */
    private static void funding(Connection c) throws SQLException {
        List<Long> sources = new java.util.ArrayList<>();
        try (java.sql.ResultSet r = c.createStatement().executeQuery("select id from funding_source order by position")) {
            while (r.next()) {
                sources.add(r.getLong(1));
            }
        }
        try (PreparedStatement plan = c.prepareStatement("insert into funding_plan (owner, document_id, task_id, source_id, year, amount,"
                + " changed_by, changed_at) values (?, ?, ?, ?, 2026, ?, 'bench', now(3))");
             PreparedStatement paid = c.prepareStatement("insert into funding_disbursement (task_id, unit_id, source_id, amount, disbursed_on,"
                     + " reported_by, reported_at) values (?, ?, ?, ?, ?, 'bench', now(3))");
             java.sql.ResultSet r = c.createStatement().executeQuery(
                     "select id, document_id, lead_unit_id from task_task where code like 'BENCH-%' order by id")) {
            int n = 0;
            while (r.next()) {
                long task = r.getLong(1);
                for (int s = 0; s <= n % 2; s++) {
                    long source = sources.get((n + s) % sources.size());
                    long amount = 100_000_000L * (1 + n % 30);
                    plan.setString(1, "T" + task);
                    plan.setLong(2, r.getLong(2));
                    plan.setLong(3, task);
                    plan.setLong(4, source);
                    plan.setLong(5, amount);
                    plan.addBatch();
                    if (n % 2 == 0) {
                        for (int q = 1; q <= 2; q++) {
                            paid.setLong(1, task);
                            paid.setLong(2, r.getLong(3));
                            paid.setLong(3, source);
                            paid.setLong(4, amount / 5);
                            paid.setDate(5, java.sql.Date.valueOf(java.time.LocalDate.of(2026, 3 * q, 28)));
                            paid.addBatch();
                        }
                    }
                }
                if (++n % 1000 == 0) {
                    plan.executeBatch();
                    paid.executeBatch();
                }
            }
            plan.executeBatch();
            paid.executeBatch();
        }
    }

    private static void tasks(Connection c, List<Long> units, List<Long> documents) throws SQLException {
        Random random = new Random(20251231);
        LocalDate base = LocalDate.of(2025, 1, 1);
        try (PreparedStatement task = c.prepareStatement("insert into task_task (document_id, code, title, pillar, lead_unit_id, "
                + "original_lead_unit_id, deadline_kind, original_due_date, due_date, extension_count, priority, state, "
                + "proposed_on, completed_on, percent, last_progress_on, assigned_on, assigned_by) "
                + "values (?, ?, ?, ?, ?, ?, 'DATE', ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, '2024-12-31', 'benchmark')")) {
            for (int i = 0; i < TASKS; i++) {
                long document = documents.get(i % documents.size());
                long lead = units.get(random.nextInt(units.size()));
                LocalDate original = base.plusDays(random.nextInt(900));
                int extensions = random.nextInt(10) == 0 ? 1 : 0;
                LocalDate due = extensions == 0 ? original : original.plusDays(90);
                int roll = random.nextInt(100);
                String state = roll < 20 ? "ASSIGNED" : roll < 60 ? "IN_PROGRESS" : roll < 65 ? "COMPLETION_PROPOSED"
                        : roll < 95 ? "ACCEPTED" : "SUSPENDED";
                LocalDate done = state.equals("ACCEPTED") || state.equals("COMPLETION_PROPOSED")
                        ? due.plusDays(random.nextInt(60) - 40) : null;
                task.setLong(1, document);
                task.setString(2, "BENCH-" + i);
                task.setString(3, "Nhiệm vụ thử nghiệm số " + i + " về chuyển đổi số");
                task.setString(4, PILLARS[i % PILLARS.length]);
                task.setLong(5, lead);
                task.setLong(6, lead);
                task.setDate(7, Date.valueOf(original));
                task.setDate(8, Date.valueOf(due));
                task.setInt(9, extensions);
                task.setString(10, state);
                task.setDate(11, done == null ? null : Date.valueOf(done));
                task.setDate(12, state.equals("ACCEPTED") ? Date.valueOf(done) : null);
                task.setInt(13, state.equals("ASSIGNED") ? 0 : state.equals("ACCEPTED") ? 100 : random.nextInt(100));
                task.setDate(14, state.equals("ASSIGNED") ? null : Date.valueOf(LocalDate.of(2025, 6, 1).plusDays(random.nextInt(300))));
                task.addBatch();
                if (i % 1000 == 999) {
                    task.executeBatch();
                }
            }
            task.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into task_mandate (task_id, document_id) select id, document_id from task_task where code like 'BENCH-%'");
            s.executeUpdate("insert into task_cooperation (task_id, unit_id, percent) select t.id, u.id, 0 from task_task t "
                    + "join org_unit u on u.id = (select min(id) from org_unit where id > t.lead_unit_id and effective_to is null) "
                    + "where t.code like 'BENCH-%' and mod(t.id, 3) = 0");
        }
        List<long[]> tasks = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, lead_unit_id from task_task where code like 'BENCH-%'")) {
            while (rs.next()) {
                tasks.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        try (PreparedStatement report = c.prepareStatement("insert into task_progress (task_id, unit_id, reported_on, text, "
                + "percent, proposes_completion, reported_by) values (?, ?, ?, ?, ?, false, 'benchmark')")) {
            int n = 0;
            for (long[] t : tasks) {
                for (int r = 0; r < REPORTS_PER_TASK; r++) {
                    report.setLong(1, t[0]);
                    report.setLong(2, t[1]);
                    report.setDate(3, Date.valueOf(LocalDate.of(2025, 1, 15).plusDays(30L * r)));
                    report.setString(4, "Báo cáo tiến độ lần " + (r + 1) + ": đã triển khai các nội dung theo kế hoạch.");
                    report.setInt(5, Math.min(100, (r + 1) * 10));
                    report.addBatch();
                    if (++n % 5000 == 0) {
                        report.executeBatch();
                    }
                }
            }
            report.executeBatch();
        }
    }

    /**
     * Makes every {@value #PERIODIC_EVERY}th task (2,000 of 10,000) a quarterly one owing since 2022, with its periods up to the end of
     * 2025 laid out as the application lays them out: most reported on time, one in twelve late, one in twenty never, and
     * the task due at the oldest period still owed.
     */
    private static void periodic(Connection c) throws SQLException {
        Random random = new Random(20220101);
        List<Long> ids = ids(c, "select id from task_task where code like 'BENCH-%' and mod(id, " + PERIODIC_EVERY + ") = 0");
        // an ongoing duty is never completed: the periodic ones among the finished tasks are still at work
        try (PreparedStatement task = c.prepareStatement("update task_task set deadline_kind = ?, deadline_label = ?, "
                + "recurrence = 'QUARTERLY', owing_from = '2022-01-01', original_due_date = '2022-03-31', due_date = ?, "
                + "state = case when state in ('ACCEPTED', 'COMPLETION_PROPOSED') then 'IN_PROGRESS' else state end, "
                + "proposed_on = null, completed_on = null, percent = least(percent, 99) where id = ?");
             PreparedStatement period = c.prepareStatement("insert into task_period (task_id, recurrence, starts_on, ends_on, due_on, "
                     + "reported_on) values (?, 'QUARTERLY', ?, ?, ?, ?)")) {
            int n = 0;
            for (long id : ids) {
                LocalDate owed = null;
                for (LocalDate start = LocalDate.of(2022, 1, 1); start.getYear() < 2026; start = start.plusMonths(3)) {
                    LocalDate end = start.plusMonths(3).minusDays(1);
                    int roll = random.nextInt(60);
                    LocalDate reported = roll < 3 ? null : roll < 8 ? end.plusDays(10) : end.minusDays(5);
                    if (reported == null && owed == null) {
                        owed = end;
                    }
                    period.setLong(1, id);
                    period.setDate(2, Date.valueOf(start));
                    period.setDate(3, Date.valueOf(end));
                    period.setDate(4, Date.valueOf(end));
                    period.setDate(5, reported == null ? null : Date.valueOf(reported));
                    period.addBatch();
                    if (++n % 5000 == 0) {
                        period.executeBatch();
                    }
                }
                boolean ongoing = id % 2 == 0;
                task.setString(1, ongoing ? "ONGOING" : "RECURRING");
                task.setString(2, ongoing ? "Thường xuyên" : "Hằng quý");
                task.setDate(3, Date.valueOf(owed != null ? owed : LocalDate.of(2026, 3, 31)));
                task.setLong(4, id);
                task.addBatch();
            }
            period.executeBatch();
            task.executeBatch();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
