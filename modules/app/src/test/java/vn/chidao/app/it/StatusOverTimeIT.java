package vn.chidao.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.chidao.app.SystemClock;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.Planning;
import vn.chidao.tasks.Caller;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.UnitStatusCounts;

/**
 * Inside the server, with the clock moved forward: the status class changes as the days pass,
 * and the SQL that counts tasks agrees with the rule that classifies one.
 */
@ExtendWith(ArquillianExtension.class)
class StatusOverTimeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    SystemClock clock;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskQueries queries;

    @Inject
    Organization organization;

    @Inject
    Planning planning;

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
        assignment.applyDueMergers();
        assertEquals(merged, assignment.task(id, secretariat).leadUnit(), "not yet: the merger takes effect in two days");

        clock.shift(Duration.ofDays(3));
        assignment.applyDueMergers();
        assertEquals(successor, assignment.task(id, secretariat).leadUnit());
        assertEquals(merged, assignment.task(id, secretariat).originalLeadUnit());
        assertEquals(0, assignment.applyDueMergers(), "a second run moves nothing more");
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
}
