package vn.chidao.notification;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import vn.chidao.organization.ModuleSchema;

/** Migrates the inbox and outbox tables after the report archive's. */
@ApplicationScoped
class NotificationStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    void migrate(@Observes @Priority(140) @Initialized(ApplicationScoped.class) Object application) {
        ModuleSchema.migrate(dataSource, "notification", "ntf_", NotificationStartup.class.getClassLoader());
    }
}
