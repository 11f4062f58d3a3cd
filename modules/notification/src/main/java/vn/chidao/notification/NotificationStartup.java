package vn.chidao.notification;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import vn.chidao.kernel.ModuleSchema;

/** The notification part of start-up: the inbox and outbox tables. */
@ApplicationScoped
public class NotificationStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "notification", "ntf_", NotificationStartup.class.getClassLoader());
    }
}
