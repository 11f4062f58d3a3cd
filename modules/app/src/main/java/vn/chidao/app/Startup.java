package vn.chidao.app;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.notification.NotificationJobs;
import vn.chidao.notification.NotificationStartup;
import vn.chidao.organization.OrganizationJobs;
import vn.chidao.organization.OrganizationStartup;
import vn.chidao.plan.PlanStartup;
import vn.chidao.reporting.ReportingStartup;
import vn.chidao.reporting.ScheduledBriefings;
import vn.chidao.tasks.TaskSchedule;
import vn.chidao.tasks.TaskStartup;

/**
 * The whole start-up, in order, in one place. No module starts itself: each offers its steps and this
 * class runs them when the application is ready.
 */
@ApplicationScoped
class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    OrganizationStartup organization;

    @Inject
    PlanStartup plan;

    @Inject
    TaskStartup tasks;

    @Inject
    ReportingStartup reporting;

    @Inject
    NotificationStartup notification;

    @Inject
    ScheduledBriefings briefings;

    @Inject
    NotificationJobs notificationJobs;

    @Inject
    TaskSchedule taskSchedule;

    @Inject
    OrganizationJobs organizationJobs;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // 1. every module's tables, each with its own Flyway history, in the order modules depend on each other
        organization.migrate();
        plan.migrate();
        tasks.migrate();
        reporting.migrate();
        notification.migrate();

        // 2. the report engine's threads; its templates load there in the background meanwhile
        reporting.startEngine();

        // 3. demo data once every table exists: events fired while loading (a task assigned → a notice) find theirs
        if ("demo".equalsIgnoreCase(mode)) {
            organization.loadDemo();
            plan.loadDemo();
            tasks.loadDemo();
            reporting.loadDemo();
        }
        organization.offerSetupIfNeeded();

        // 4. scheduled work, last: it reads what the steps above wrote
        briefings.start();
        notificationJobs.start();
        taskSchedule.start();
        organizationJobs.start();
        LOG.info(() -> "Chỉ Đạo started (" + mode + " mode).");
    }
}
