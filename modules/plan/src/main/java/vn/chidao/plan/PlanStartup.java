package vn.chidao.plan;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.ModuleSchema;
import vn.chidao.plan.demo.PlanDemoData;

/** Migrates the plan tables after the organization's, and loads the demo documents in demo mode. */
@ApplicationScoped
class PlanStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    PlanDemoData demoData;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    void migrate(@Observes @Priority(110) @Initialized(ApplicationScoped.class) Object application) {
        ModuleSchema.migrate(dataSource, "plan", "plan_", PlanStartup.class.getClassLoader());
    }

    void loadDemo(@Observes @Priority(510) @Initialized(ApplicationScoped.class) Object application) {
        if ("demo".equalsIgnoreCase(mode)) {
            demoData.load();
        }
    }
}
