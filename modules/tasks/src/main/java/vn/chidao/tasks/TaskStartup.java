package vn.chidao.tasks;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.ModuleSchema;
import vn.chidao.tasks.demo.TaskDemoData;

/** Migrates the task tables after the plan's, and loads KH 382's tasks in demo mode. */
@ApplicationScoped
class TaskStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    TaskDemoData demoData;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    void migrate(@Observes @Priority(120) @Initialized(ApplicationScoped.class) Object application) {
        ModuleSchema.migrate(dataSource, "tasks", "task_", TaskStartup.class.getClassLoader());
    }

    void loadDemo(@Observes @Priority(520) @Initialized(ApplicationScoped.class) Object application) {
        if ("demo".equalsIgnoreCase(mode)) {
            demoData.load();
        }
    }
}
