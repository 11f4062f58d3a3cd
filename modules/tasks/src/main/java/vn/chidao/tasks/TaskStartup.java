package vn.chidao.tasks;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.tasks.demo.TaskDemoData;

/** The tasks' part of start-up: their tables and KH 382's demo tasks. */
@ApplicationScoped
public class TaskStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    TaskDemoData demoData;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "tasks", "task_", TaskStartup.class.getClassLoader());
    }

    public void loadDemo() {
        demoData.load();
    }
}
