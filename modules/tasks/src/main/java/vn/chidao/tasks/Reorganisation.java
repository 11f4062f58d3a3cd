package vn.chidao.tasks;

import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A merger recorded ahead of its date takes effect on that date: at start-up and at 00:05 every
 * night, province time, the open tasks of units that have ended move to the units that carry
 * their work. Running it twice, or on two servers, moves nothing twice.
 */
@ApplicationScoped
public class Reorganisation {

    private static final Logger LOG = Logger.getLogger(Reorganisation.class.getName());

    @Inject
    TaskAssignment assignment;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private ScheduledFuture<?> nightly;

    void start(@Observes @Priority(900) @Initialized(ApplicationScoped.class) Object application) {
        run();
        nightly = scheduler.schedule(this::run, new CronTrigger(ZoneId.of(zone)).seconds(0).minutes(5).hours(0));
    }

    @PreDestroy
    void stop() {
        if (nightly != null) {
            nightly.cancel(false);
        }
    }

    void run() {
        try {
            int moved = assignment.applyDueMergers();
            if (moved > 0) {
                LOG.info(() -> "Reorganisation: " + moved + " open tasks moved to their units' successors.");
            }
        } catch (RuntimeException e) {
            // a failed night must not stop the next one
            LOG.warning(() -> "Reorganisation failed; the next run will try again: " + e);
        }
    }
}
