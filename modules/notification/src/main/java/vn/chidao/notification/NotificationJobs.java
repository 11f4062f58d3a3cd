package vn.chidao.notification;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.Ticking;
import vn.chidao.tasks.TaskAssignment;

/**
 * The clockwork: the outbox is sent every {@code chidao.mail.dispatch-seconds}; deadlines are scanned
 * every morning at {@code chidao.reminders.hour} (and at start-up, in case the server was down then);
 * digests go out on Monday mornings. Every job is safe to run on several servers at once.
 */
@ApplicationScoped
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());

    /** The jobs run on threads of their own that end with the application (the server's scheduler kept stopped applications). */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService scheduler;

    @Inject
    Notifications notifications;

    @Inject
    TaskAssignment assignment;

    @Inject
    @ConfigProperty(name = "chidao.mail.dispatch-seconds", defaultValue = "10")
    int dispatchSeconds;

    @Inject
    @ConfigProperty(name = "chidao.reminders.hour", defaultValue = "6")
    int hour;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    public void start() {
        scheduler = Executors.newScheduledThreadPool(2, threads);
        scheduler.scheduleWithFixedDelay(() -> guarded("dispatch", () -> notifications.dispatch(200)),
                dispatchSeconds, dispatchSeconds, TimeUnit.SECONDS);
        Ticking.at(scheduler, ZoneId.of(zone), now -> Ticking.daily(now, hour, 0), this::morning);
        scheduler.schedule(() -> guarded("deadline scan", () -> notifications.scanDeadlines(assignment.today())), 30,
                TimeUnit.SECONDS);
    }

    private void morning() {
        guarded("deadline scan", () -> notifications.scanDeadlines(assignment.today()));
        if (assignment.today().getDayOfWeek() == DayOfWeek.MONDAY) {
            guarded("weekly digests", () -> notifications.weeklyDigests(assignment.today()));
        }
    }

    private static void guarded(String job, java.util.function.IntSupplier work) {
        try {
            int n = work.getAsInt();
            if (n > 0) {
                LOG.fine(() -> job + ": " + n);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job + " failed; it runs again on its next turn", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
