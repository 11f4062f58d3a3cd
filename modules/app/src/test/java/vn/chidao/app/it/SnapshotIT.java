package vn.chidao.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Planning;
import vn.chidao.reporting.compose.Snapshot;
import vn.chidao.tasks.Caller;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskQueries;

/**
 * Inside the server: a report's reads see the database as it was at their first read, whatever
 * another user saves meanwhile, and nothing can be written through them.
 */
@ExtendWith(ArquillianExtension.class)
class SnapshotIT {

    private static final Caller SECRETARIAT = new Caller("thuongtruc@chidao.local", null, Set.of(Role.SECRETARIAT));

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    Snapshot snapshot;

    @Inject
    TaskQueries queries;

    @Inject
    TaskAssignment assignment;

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
}
