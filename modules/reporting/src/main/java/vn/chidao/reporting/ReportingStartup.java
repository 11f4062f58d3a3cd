package vn.chidao.reporting;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import vn.chidao.organization.ModuleSchema;

/** Migrates the report archive's tables after the task tables. */
@ApplicationScoped
class ReportingStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    void migrate(@Observes @Priority(130) @Initialized(ApplicationScoped.class) Object application) {
        ModuleSchema.migrate(dataSource, "reporting", "rpt_", ReportingStartup.class.getClassLoader());
    }
}
