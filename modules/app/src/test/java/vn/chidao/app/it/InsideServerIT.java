package vn.chidao.app.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.chidao.app.SystemClock;
import vn.chidao.organization.Caller;
import vn.chidao.organization.FirstAdministrator;
import vn.chidao.organization.Installation;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Planning;
import vn.chidao.reporting.compose.Snapshot;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.Reorganisation;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskState;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.UnitStatusCounts;
import vn.chidao.tasks.domain.ExtensionRequest;
import vn.chidao.tasks.domain.RiskRules;
import vn.chidao.tasks.domain.StatusRules;
import vn.chidao.tasks.domain.Task;
import vn.chidao.tasks.domain.Visibility;

/**
 * The one class that runs inside the server, for what needs the application's beans: the schema Flyway
 * built is the one the entities expect; a report's reads see the database as it was at their first read;
 * with the clock moved forward, the status class changes as the days pass and the SQL that counts tasks
 * agrees with the rule that classifies one. It deploys its own copy of the application (Deployments) into
 * the tests' server, beside the one every other IT reaches over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class InsideServerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    // --- the schema ---

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    SchemaProbe probe;

    @Test
    void organizationMigrationsRanInTheirOwnHistoryTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(success) from org_schema_history where version is not null")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "organization migrations applied");
            assertEquals(1, rs.getInt(2), "every organization migration succeeded");
        }
    }

    @Test
    void tablesStoreVietnameseInUtf8mb4() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, table_collation from information_schema.tables "
                     + "where table_schema = database() and table_name like 'org\\_%'")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
            }
            assertTrue(tables >= 4, "org tables found: " + tables);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from org_unit where code = 'DX-PHURIENG'")) {
            assertTrue(rs.next());
            assertEquals("Ủy ban nhân dân huyện Phú Riềng", rs.getString(1));
        }
    }

    @Inject
    vn.chidao.tasks.TaskStartup taskStartup;

    @Test
    void theDatabaseHoldsTheLargestEvidenceFileInOnePacket() {
        assertTrue(taskStartup.checkPacketSize(), "max_allowed_packet below the evidence limit (see the server log)");
    }

    @Test
    void entityMappingsMatchTheMigratedSchema() {
        // throws SchemaManagementException naming the table or column that differs
        probe.factory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    // --- a report's snapshot ---
    private static final Caller SECRETARIAT = new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT));

    @Inject
    Snapshot snapshot;

    @Inject
    TaskQueries queries;

    @Inject
    TaskAssignment assignment;

    @Inject
    Reorganisation reorganisation;

    @Inject
    Planning planning;

    @Inject
    Organization organization;

    @Test
    void aReportCountsTheSameTasksInEverySectionWhileOthersSave() {
        DocumentId kh382 = planning.documentByNumber("382/KH-UBND").orElseThrow().id();
        TaskFilter filter = new TaskFilter(null, kh382, null, null, null, null);

        long[] seen = snapshot.read(() -> {
            long first = queries.count(filter, SECRETARIAT);
            saveElsewhere(kh382);
            return new long[] {first, queries.count(filter, SECRETARIAT),
                    queries.countsByUnit(filter, SECRETARIAT, false).stream().mapToLong(c -> c.total()).sum()};
        });

        assertEquals(seen[0], seen[1], "the second read of the same report sees what the first saw");
        assertEquals(seen[0], seen[2], "and so does every other section");
        assertEquals(seen[0] + 1, queries.count(filter, SECRETARIAT), "a new read sees the task saved meanwhile");
    }

    @Test
    void nothingIsWrittenThroughAReportsSnapshot() {
        DocumentId kh382 = planning.documentByNumber("382/KH-UBND").orElseThrow().id();
        TaskFilter filter = new TaskFilter(null, kh382, null, null, null, null);
        long before = queries.count(filter, SECRETARIAT);

        assertThrows(RuntimeException.class, () -> snapshot.read(() -> assignment.assign(task(kh382), SECRETARIAT)));

        assertEquals(before, queries.count(filter, SECRETARIAT));
        // a real failure, unlike a refused request (RefusalsIT), still leaves its incident file
        Path incidents = Path.of(System.getProperty("server.output.dir"), "logs", "ffdc");
        await("an incident file for the write the database refused").atMost(Duration.ofSeconds(10)).until(() -> {
            try (Stream<Path> files = Files.list(incidents)) {
                return files.anyMatch(file -> {
                    try {
                        return Files.readString(file).contains("READ ONLY");
                    } catch (IOException e) {
                        return false;
                    }
                });
            }
        });
    }

    private void saveElsewhere(DocumentId document) {
        try {
            ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            executor.submit(() -> assignment.assign(task(document), SECRETARIAT)).get();
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private NewTask task(DocumentId document) {
        return new NewTask(document, "SNAP-" + UUID.randomUUID().toString().substring(0, 6), "Nhiệm vụ lưu trong lúc lập báo cáo",
                null, null, null, organization.unitByCode("STC").orElseThrow().id(), List.of(),
                assignment.today().plusDays(60).toString(), null, List.of(), List.of(), null);
    }

    // --- status over time ---

    @Inject
    SystemClock clock;

    @AfterEach
    void backToNow() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void statusClassesChangeAsDatesPass() {
        Caller secretariat = new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT));
        UnitId unit = organization.createUnit(new vn.chidao.organization.NewUnit("CLK-" + UUID.randomUUID().toString()
                .substring(0, 6).toUpperCase(), "Đơn vị thử đồng hồ", null, vn.chidao.organization.UnitKind.PARTNER, null,
                null, List.of())).id();
        LocalDate today = assignment.today();
        TaskId id = assignment.assign(new NewTask(planning.documentByNumber("382/KH-UBND").orElseThrow().id(),
                "CLK-" + UUID.randomUUID().toString().substring(0, 6), "Nhiệm vụ theo thời gian", null, null, null, unit,
                List.of(), today.plusDays(5).toString(), null, List.of(), List.of(), null), secretariat).id();

        assertStatus(id, unit, secretariat, StatusClass.NOT_STARTED);
        clock.shift(Duration.ofDays(2));
        assertStatus(id, unit, secretariat, StatusClass.DUE_SOON);
        clock.shift(Duration.ofDays(5));
        assertStatus(id, unit, secretariat, StatusClass.DUE_SOON);
        clock.shift(Duration.ofDays(6));
        assertStatus(id, unit, secretariat, StatusClass.OVERDUE);
        assertEquals(1, queries.overdue(unit, secretariat, 10).get(0).daysOverdue());
    }

    @Test
    void aMergerRecordedAheadMovesTheWorkOnItsDate() {
        Caller secretariat = new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT));
        UnitId merged = newUnit();
        UnitId successor = newUnit();
        LocalDate today = assignment.today();
        TaskId id = assignment.assign(new NewTask(planning.documentByNumber("382/KH-UBND").orElseThrow().id(),
                "MRG-" + UUID.randomUUID().toString().substring(0, 6), "Nhiệm vụ của đơn vị sắp sáp nhập", null, null, null,
                merged, List.of(), today.plusDays(30).toString(), null, List.of(), List.of(), null), secretariat).id();

        organization.mergeUnit(merged, successor, today.plusDays(2));
        reorganisation.applyDueMergers();
        assertEquals(merged, assignment.task(id, secretariat).leadUnit(), "not yet: the merger takes effect in two days");

        clock.shift(Duration.ofDays(3));
        reorganisation.applyDueMergers();
        assertEquals(successor, assignment.task(id, secretariat).leadUnit());
        assertEquals(merged, assignment.task(id, secretariat).originalLeadUnit());
        assertEquals(0, reorganisation.applyDueMergers(), "a second run moves nothing more");
    }

    private UnitId newUnit() {
        return organization.createUnit(new vn.chidao.organization.NewUnit("MRG-" + UUID.randomUUID().toString()
                .substring(0, 6).toUpperCase(), "Đơn vị thử sáp nhập", null, vn.chidao.organization.UnitKind.PARTNER, null,
                null, List.of())).id();
    }

    private void assertStatus(TaskId id, UnitId unit, Caller caller, StatusClass expected) {
        assertEquals(expected, assignment.task(id, caller).status(), "single task");
        List<UnitStatusCounts> counts = queries.countsByUnit(new TaskFilter(unit, null, null, null, null, null), caller, false);
        Map<StatusClass, Long> forUnit = counts.stream().filter(c -> c.unit().equals(unit)).findFirst().orElseThrow().counts();
        assertEquals(Map.of(expected, 1L), forUnit, "counted in SQL");
        assertEquals(1, queries.count(new TaskFilter(unit, null, null, expected, null, null), caller), "filtered in SQL");
    }

    // --- the Java and the SQL form of the rules agree ---

    private static final LocalDate FAR_DUE = LocalDate.of(2090, 6, 30);
    private static final LocalDate FAR_ORIGINAL = FAR_DUE.minusDays(20);
    // before 2038: a request for more time is kept in a TIMESTAMP column
    private static final LocalDate RISK_DUE = LocalDate.of(2037, 3, 31);
    private static final long UNIT_A = 9_000_000_001L;
    private static final long UNIT_B = 9_000_000_002L;
    private static final long UNIT_MERGED = 9_000_000_004L;

    /**
     * Every state × completion day × recurrence, against the current and the original deadline, on days
     * around both: the status class the SQL gives each row (as lists, counts and filters use it) is the
     * one the Java rule gives the same task.
     */
    @Test
    void theSqlStatusRuleClassifiesEveryTaskAsTheJavaRuleDoes() throws Exception {
        inRolledBackTransaction(em -> {
            List<Object[]> rows = new ArrayList<>();
            List<LocalDate> completions = Arrays.asList(null, FAR_ORIGINAL.minusDays(5), FAR_ORIGINAL, FAR_DUE.minusDays(1), FAR_DUE,
                    FAR_DUE.plusDays(1), FAR_DUE.plusDays(10));
            int n = 0;
            for (TaskState state : TaskState.values()) {
                for (LocalDate completed : completions) {
                    for (String recurrence : Arrays.asList(null, "QUARTERLY")) {
                        String code = "PAR-" + n++;
                        insertTask(em, code, state, completed, recurrence, UNIT_A, UNIT_A);
                        rows.add(new Object[] {code, state, completed});
                    }
                }
            }
            int soonDays = assignment.soonDays();
            Map<String, Task> tasks = new HashMap<>();
            em.createQuery("select t from Task t where t.dueDate = :due", Task.class).setParameter("due", FAR_DUE).getResultList()
                    .forEach(t -> tasks.put(t.code(), t));
            int compared = 0;
            for (LocalDate today : List.of(FAR_ORIGINAL.minusDays(10), FAR_ORIGINAL.minusDays(3), FAR_ORIGINAL.minusDays(1), FAR_ORIGINAL,
                    FAR_ORIGINAL.plusDays(1), FAR_DUE.minusDays(soonDays + 1), FAR_DUE.minusDays(soonDays), FAR_DUE.minusDays(1), FAR_DUE,
                    FAR_DUE.plusDays(1), FAR_DUE.plusDays(10), FAR_DUE.plusDays(11))) {
                Map<String, String[]> sql = new HashMap<>();
                em.createQuery("select t.code, " + StatusRules.jpql(false) + ", " + StatusRules.jpql(true)
                                + " from Task t where t.dueDate = :due", Object[].class)
                        .setParameter("today", today).setParameter("soon", today.plusDays(soonDays)).setParameter("due", FAR_DUE)
                        .getResultList().forEach(r -> sql.put((String) r[0], new String[] {(String) r[1], (String) r[2]}));
                for (Object[] row : rows) {
                    TaskState state = (TaskState) row[1];
                    LocalDate completed = (LocalDate) row[2];
                    String where = row[0] + " " + state + " completed " + completed + " as of " + today;
                    TaskView java = tasks.get((String) row[0]).view(today, soonDays, RiskRules.Thresholds.DEFAULT, false);
                    assertEquals(java.status().name(), sql.get(row[0])[0], where);
                    assertEquals(java.statusAgainstOriginal().name(), sql.get(row[0])[1], where + " against the original deadline");
                    compared++;
                }
            }
            assertEquals(TaskState.values().length * 7 * 2 * 12, compared);
        });
    }

    /**
     * The early warning: every state × progress (none, little, much, reported after the day) × a dated or quarterly task
     * with every period on time or one reported late and two missing × with or without a request for more time (made on day 40, rejected on day 70), as of
     * days across its life, under the default settings and a stricter secretariat's — the SQL rule answers as the Java
     * rule does for each.
     */
    @Test
    void theSqlRiskRuleClassifiesEveryTaskAsTheJavaRuleDoes() throws Exception {
        inRolledBackTransaction(em -> {
            LocalDate assigned = RISK_DUE.minusDays(100);
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            Instant requested = assigned.plusDays(40).atTime(10, 0).atZone(zone).toInstant();
            Instant decided = assigned.plusDays(70).atTime(10, 0).atZone(zone).toInstant();
            List<String> codes = new ArrayList<>();
            java.util.Set<String> asked = new java.util.HashSet<>();
            int n = 0;
            for (TaskState state : TaskState.values()) {
                for (LocalDate completed : Arrays.asList(null, RISK_DUE.minusDays(10), RISK_DUE.plusDays(5))) {
                    for (int[] progress : new int[][] {{0, -1}, {10, 40}, {65, 60}, {90, 95}}) {
                        for (int missed = 0; missed <= 3; missed += 3) {
                            for (String recurrence : Arrays.asList(null, "QUARTERLY")) {
                                for (boolean extension : new boolean[] {false, true}) {
                                    String code = "RISK-" + n++;
                                    long id = insertTask(em, code, state, completed, recurrence, UNIT_A, UNIT_A);
                                    em.createNativeQuery("update task_task set assigned_on = ?, due_date = ?, original_due_date = ?, percent = ?,"
                                                    + " last_progress_on = ? where id = ?")
                                            .setParameter(1, assigned).setParameter(2, RISK_DUE).setParameter(3, RISK_DUE)
                                            .setParameter(4, progress[0])
                                            .setParameter(5, progress[1] < 0 ? null : assigned.plusDays(progress[1])).setParameter(6, id)
                                            .executeUpdate();
                                    for (int q = 0; recurrence != null && q < 3; q++) {
                                        LocalDate start = assigned.plusMonths(3L * q);
                                        em.createNativeQuery("insert into task_period (task_id, recurrence, starts_on, ends_on, due_on, reported_on)"
                                                        + " values (?, 'QUARTERLY', ?, ?, ?, ?)")
                                                .setParameter(1, id).setParameter(2, start).setParameter(3, start.plusMonths(3).minusDays(1))
                                                .setParameter(4, start.plusMonths(3).minusDays(1))
                                                .setParameter(5, q >= missed ? start.plusMonths(3).minusDays(5)
                                                        : q == 1 ? start.plusMonths(3).plusDays(10) : null).executeUpdate();
                                    }
                                    if (extension) {
                                        ExtensionRequest request = new ExtensionRequest(id, UNIT_A, RISK_DUE, RISK_DUE.plusDays(60),
                                                "chờ kinh phí", "parity@chidao.local", requested);
                                        em.persist(request);
                                        request.decide(false, "parity@chidao.local", decided, null);
                                        asked.add(code);
                                    }
                                    codes.add(code);
                                }
                            }
                        }
                    }
                }
            }
            em.flush();
            em.clear();
            Map<String, Task> tasks = new HashMap<>();
            em.createQuery("select t from Task t where t.code like 'RISK-%'", Task.class).getResultList().forEach(t -> tasks.put(t.code(), t));
            int compared = 0;
            for (RiskRules.Thresholds thresholds : List.of(RiskRules.Thresholds.DEFAULT, new RiskRules.Thresholds(30, 5, 1))) {
                for (LocalDate day : List.of(assigned, assigned.plusDays(30), assigned.plusDays(40), assigned.plusDays(49),
                        assigned.plusDays(50), assigned.plusDays(61), assigned.plusDays(70), assigned.plusDays(80), assigned.plusDays(95),
                        RISK_DUE, RISK_DUE.plusDays(1), RISK_DUE.plusDays(30))) {
                    Map<String, String> sql = new HashMap<>();
                    em.createQuery("select t.code, " + RiskRules.JPQL + " from Task t where t.code like 'RISK-%'", Object[].class)
                            .setParameter("today", day).setParameter("yearAgo", day.minusYears(1)).setParameter("dayEnd", day.plusDays(1).atStartOfDay(zone).toInstant())
                            .setParameter("riskFrom", thresholds.from()).setParameter("riskMargin", thresholds.margin())
                            .setParameter("riskMissed", (long) thresholds.missedPeriods())
                            .getResultList().forEach(r -> sql.put((String) r[0], (String) r[1]));
                    boolean pendingThatDay = !day.isBefore(assigned.plusDays(40)) && day.isBefore(assigned.plusDays(70));
                    for (String code : codes) {
                        assertEquals(tasks.get(code).risk(day, thresholds, pendingThatDay && asked.contains(code)).level().name(),
                                sql.get(code), code + " as of " + day + " under " + thresholds);
                        compared++;
                    }
                }
            }
            assertEquals(codes.size() * 12 * 2, compared);
            assertEquals(TaskState.values().length * 3 * 4 * 2 * 2 * 2, codes.size());
        });
    }

    /**
     * Leads (as assigned, or moved to a successor by a merger) and cooperating units × every kind of caller: the list
     * shows exactly the tasks the task page lets them see.
     */
    @Test
    void theSqlVisibilityRuleShowsEveryoneTheTasksTheJavaRuleLetsThemSee() throws Exception {
        inRolledBackTransaction(em -> {
            List<Long> ids = new ArrayList<>();
            int n = 0;
            for (long lead : new long[] {UNIT_A, UNIT_B}) {
                for (long originalLead : new long[] {lead, UNIT_MERGED}) {
                    for (List<Long> cooperating : List.of(List.<Long>of(), List.of(UNIT_A), List.of(UNIT_B), List.of(UNIT_A, UNIT_B))) {
                        if (cooperating.contains(lead)) {
                            continue;
                        }
                        long id = insertTask(em, "VIS-" + n++, TaskState.IN_PROGRESS, null, null, lead, originalLead);
                        for (long unit : cooperating) {
                            em.createNativeQuery("insert into task_cooperation (task_id, unit_id, percent) values (?, ?, 0)")
                                    .setParameter(1, id).setParameter(2, unit).executeUpdate();
                        }
                        ids.add(id);
                    }
                }
            }
            em.flush();
            em.clear();
            TaskFilter theseTasks = new TaskFilter(null, null, null, null, FAR_DUE, FAR_DUE);
            for (Caller caller : List.of(
                    new Caller("head-a@example.vn", new UnitId(UNIT_A), Set.of(Role.UNIT_HEAD)),
                    new Caller("officer-b@example.vn", new UnitId(UNIT_B), Set.of(Role.UNIT_OFFICER)),
                    new Caller("head-c@example.vn", new UnitId(9_000_000_003L), Set.of(Role.UNIT_HEAD)),
                    new Caller("head-merged@example.vn", new UnitId(UNIT_MERGED), Set.of(Role.UNIT_HEAD)),
                    new Caller("no-unit@example.vn", null, Set.of(Role.UNIT_HEAD)),
                    new Caller("member@example.vn", new UnitId(UNIT_A), Set.of(Role.COMMITTEE_MEMBER)),
                    new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT)),
                    Caller.system())) {
                Set<Long> listed = queries.list(theseTasks, caller, 0, 1000).stream().map(t -> t.id().value())
                        .collect(java.util.stream.Collectors.toSet());
                Set<Long> seen = ids.stream().filter(id -> Visibility.sees(caller, em.find(Task.class, id)))
                        .collect(java.util.stream.Collectors.toSet());
                assertEquals(seen, listed, caller.email());
                assertEquals(seen.size(), queries.count(theseTasks, caller), caller.email() + " counted");
            }
        });
    }

    // --- a new installation's first set-up ---

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    Installation installation;

    /**
     * As on a new installation (every administrator made inactive inside a transaction that is rolled back): the token the
     * log prints lets the first administrator name the province, and the documents' identity follows from its name; a
     * refused logo writes nothing and leaves the token good.
     */
    @Test
    void theFirstAdministratorNamesTheProvinceAndTheDocumentsIdentityFollows() throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            String token = asANewInstallation();
            assertThrows(vn.chidao.kernel.RuleViolation.class, () -> firstAdministrator.setUp(token, "qtht@gialai.gov.vn",
                    "Quản trị hệ thống", "một câu mật khẩu đủ dài", new FirstAdministrator.FirstIdentity("Gia Lai", null, null,
                            "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertTrue(firstAdministrator.available(), "a refused set-up leaves the token good");
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        try {
            String token = asANewInstallation();
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            firstAdministrator.setUp(token, "qtht@gialai.gov.vn", "Quản trị hệ thống", "một câu mật khẩu đủ dài",
                    new FirstAdministrator.FirstIdentity(" Gia Lai ", null, null, png.toByteArray()));
            vn.chidao.organization.ProvinceProfile now = installation.profile();
            assertEquals("Gia Lai", now.provinceName());
            assertEquals("UBND TỈNH GIA LAI", now.parentBody());
            assertEquals("Ban Chỉ đạo chuyển đổi số tỉnh Gia Lai", now.committeeName());
            assertEquals("Gia Lai", now.place());
            assertEquals("UBND tỉnh Gia Lai", now.defaultIssuingBody());
            assertTrue(installation.logoVersion() != null && installation.logo().isPresent(), "the logo is kept");
            assertTrue(!firstAdministrator.available(), "the token works once");
        } finally {
            transaction.rollback();
        }
    }

    /** Makes every administrator inactive (in the caller's transaction) and returns the set-up token the server log prints. */
    private String asANewInstallation() throws Exception {
        EntityManager em = probe.factory().createEntityManager();
        em.joinTransaction();
        em.createNativeQuery("update org_person set active = false where id in (select person_id from org_person_role where role = 'ADMIN')")
                .executeUpdate();
        em.flush();
        firstAdministrator.offerSetupIfNeeded();
        Path log = Path.of(System.getProperty("server.output.dir"), "logs", "messages.log");
        List<String> lines = Files.readAllLines(log);
        String line = lines.stream().filter(l -> l.contains("Setup token: ")).reduce((first, last) -> last).orElseThrow();
        return line.substring(line.indexOf("Setup token: ") + "Setup token: ".length()).strip();
    }

    private interface Work {
        void run(EntityManager em) throws Exception;
    }

    /** The rows a parity test writes live only in its own transaction: nothing is left behind for other tests. */
    private void inRolledBackTransaction(Work work) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            EntityManager em = probe.factory().createEntityManager();
            em.joinTransaction();
            work.run(em);
        } finally {
            transaction.rollback();
        }
    }

    private long insertTask(EntityManager em, String code, TaskState state, LocalDate completed, String recurrence, long lead,
                            long originalLead) {
        em.createNativeQuery("insert into task_task (document_id, code, title, lead_unit_id, original_lead_unit_id, deadline_kind,"
                        + " recurrence, original_due_date, due_date, priority, state, completed_on, assigned_on, assigned_by)"
                        + " values (?, ?, 'Nhiệm vụ thử quy tắc', ?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, 'parity')")
                .setParameter(1, -1L).setParameter(2, code).setParameter(3, lead).setParameter(4, originalLead)
                .setParameter(5, recurrence == null ? "DATE" : "RECURRING").setParameter(6, recurrence)
                .setParameter(7, FAR_ORIGINAL).setParameter(8, FAR_DUE).setParameter(9, state.name()).setParameter(10, completed)
                .setParameter(11, LocalDate.of(2080, 1, 1)).executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }
}
