package vn.chidao.reporting;

import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.Ticking;

/**
 * Every hour from {@code chidao.reports.schedule-hour} (7:00 by default, province time), generates the
 * scheduled briefings whose period has come (see {@link Reports#generateDueBriefings()}).
 */
@ApplicationScoped
public class ScheduledBriefings {

    private static final Logger LOG = Logger.getLogger(ScheduledBriefings.class.getName());

    /** The jobs run on threads of their own that end with the application (the server's scheduler kept stopped applications). */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService scheduler;

    @Inject
    Reports reports;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    @Inject
    @ConfigProperty(name = "chidao.reports.schedule-hour", defaultValue = "7")
    int firstHour;

    @Inject
    java.time.Clock clock;

    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        Ticking.at(scheduler, ZoneId.of(zone), now -> Ticking.hourly(now, 20), this::run);
    }

    private void run() {
        if (java.time.ZonedDateTime.now(clock.withZone(ZoneId.of(zone))).getHour() < firstHour) {
            return;
        }
        try {
            int n = reports.generateDueBriefings().size();
            if (n > 0) {
                LOG.info(() -> n + " scheduled briefing(s) generated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled briefings could not run; the next hour tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
