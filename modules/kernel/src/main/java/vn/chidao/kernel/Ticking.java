package vn.chidao.kernel;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work at a time of day (every morning at 6:00, every hour at :20, every night at 0:05) on a plain
 * {@link ScheduledExecutorService}, which has no cron triggers: a tick every minute runs the work once its
 * time has come. The jobs use executors of their own, on the application's managed threads, shut down with
 * the application: the server's shared scheduler kept the tasks of stopped applications queued (a cron task
 * until its next time, hours away), and with them every redeployed application (the benchmark's class-loader
 * row found ten after ten redeployments). A run that fails is logged and the schedule goes on.
 */
public final class Ticking {

    private static final Logger LOG = Logger.getLogger(Ticking.class.getName());

    /** How often the tick looks at the clock; work runs at most this late. */
    public static final long TICK_SECONDS = 60;

    private Ticking() {
    }

    /**
     * Runs {@code work} at each time {@code next} gives (from the previous one, starting after now); the first
     * time is the first one after the start, as a cron schedule would. Cancel the returned future to stop.
     */
    public static ScheduledFuture<?> at(ScheduledExecutorService scheduler, ZoneId zone, UnaryOperator<ZonedDateTime> next,
                                        Runnable work) {
        ZonedDateTime[] due = {next.apply(ZonedDateTime.now(zone))};
        return scheduler.scheduleWithFixedDelay(() -> {
            ZonedDateTime now = ZonedDateTime.now(zone);
            if (!now.isBefore(due[0])) {
                due[0] = next.apply(now);
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A scheduled run failed; the next one comes at " + due[0], e);
                }
            }
        }, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** The next {@code hour}:{@code minute} after {@code from}. */
    public static ZonedDateTime daily(ZonedDateTime from, int hour, int minute) {
        ZonedDateTime today = from.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        return today.isAfter(from) ? today : today.plusDays(1);
    }

    /** The next :{@code minute} of an hour after {@code from}. */
    public static ZonedDateTime hourly(ZonedDateTime from, int minute) {
        ZonedDateTime thisHour = from.withMinute(minute).withSecond(0).withNano(0);
        return thisHour.isAfter(from) ? thisHour : thisHour.plusHours(1);
    }
}
