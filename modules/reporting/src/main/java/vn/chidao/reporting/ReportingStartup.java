package vn.chidao.reporting;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Role;
import vn.chidao.reporting.engine.ReportEngine;

/** The reporting part of start-up: the report archive's tables, the report engine's threads and templates, the demo. */
@ApplicationScoped
public class ReportingStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    ReportEngine engine;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "reporting", "rpt_", ReportingStartup.class.getClassLoader());
    }

    @Inject
    Evaluations evaluations;

    /** The demo's secretariat closes the third quarter of 2025, as a province would have in October (once). */
    public void loadDemo() {
        evaluations.closeIfOpen(EvaluationPeriod.parse("2025-Q3"),
                new Caller("thuongtruc@chidao.local", null, java.util.Set.of(Role.SECRETARIAT)));
    }

    /** Starts the engine's own threads and loads the templates there, in the background. */
    public void startEngine() {
        engine.start();
    }
}
