package vn.chidao.reporting;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.reporting.engine.ReportEngine;

/** The reporting part of start-up: the report archive's tables, and the report engine's threads and templates. */
@ApplicationScoped
public class ReportingStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    ReportEngine engine;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "reporting", "rpt_", ReportingStartup.class.getClassLoader());
    }

    /** Starts the engine's own threads and loads the templates there, in the background. */
    public void startEngine() {
        engine.start();
    }
}
