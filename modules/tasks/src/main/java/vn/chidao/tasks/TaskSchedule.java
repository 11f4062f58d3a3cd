package vn.chidao.tasks;

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

/**
 * The tasks' night, at start-up and at 00:05 every night, province time: mergers recorded ahead of their date
 * take effect ({@link Reorganisation}), then the periods that have begun open ({@link ReportingCycles}). Each
 * step is safe to run any number of times; a failed night does not stop the next.
 */
@ApplicationScoped
public class TaskSchedule {

    private static final Logger LOG = Logger.getLogger(TaskSchedule.class.getName());

    @Inject
    Reorganisation reorganisation;

    @Inject
    ReportingCycles cycles;

    /** The jobs run on threads of their own that end with the application (the server's scheduler kept stopped applications). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private ScheduledExecutorService scheduler;

    public void start() {
        run();
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        Ticking.at(scheduler, ZoneId.of(zone), now -> Ticking.daily(now, 0, 5), this::run);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    void run() {
        try {
            int moved = reorganisation.applyDueMergers();
            if (moved > 0) {
                LOG.info(() -> "Reorganisation: " + moved + " open tasks moved to their units' successors.");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Reorganisation failed; the next run will try again: " + e);
        }
        try {
            int opened = cycles.openPeriods();
            if (opened > 0) {
                LOG.info(() -> "Reporting periods: " + opened + " periodic tasks entered a new period.");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Opening reporting periods failed; the next run will try again: " + e);
        }
    }
}
