package vn.chidao.plan;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.plan.demo.PlanDemoData;

/** The plan's part of start-up: its tables and the demo documents. */
@ApplicationScoped
public class PlanStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    PlanDemoData demoData;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "plan", "plan_", PlanStartup.class.getClassLoader());
    }

    public void loadDemo() {
        demoData.load();
    }
}
