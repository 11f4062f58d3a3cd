package vn.chidao.kernel;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Work at a time of day (every morning at 6:00, every hour at :20, every night at 0:05) on the server's
 * scheduler, without pinning a stopped application. A task the server's scheduler holds for a time hours
 * away stays queued even when cancelled, and with it the application that scheduled it, so each
 * redeployment left the previous application in memory (the benchmark's class-loader row found ten). Here
 * the only queued task is a tick every minute that runs the work once its time has come; cancelled, it
 * leaves the queue at its next tick.
 */
public final class Ticking {

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
                work.run();
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
