package vn.chidao.organization;

import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.Ticking;

/** The organization's night, at 01:15 province time: the audit log keeps its entries as long as the settings say. */
@ApplicationScoped
public class OrganizationJobs {

    private static final Logger LOG = Logger.getLogger(OrganizationJobs.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    Installation installation;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private ScheduledExecutorService scheduler;

    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        Ticking.at(scheduler, ZoneId.of(zone), now -> Ticking.daily(now, 1, 15), this::pruneAudit);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Removes what is past the retention and records that it did; the number removed. */
    public int pruneAudit() {
        int days = installation.securityPolicy().auditRetentionDays();
        int removed = audit.prune(days);
        if (removed > 0) {
            audit.recordQuietly(Caller.SYSTEM, null, AuditLog.Action.AUDIT_PRUNED, null,
                    removed + " entries older than " + days + " days removed");
        } else {
            LOG.fine("Audit log: nothing past the retention.");
        }
        return removed;
    }
}
