package vn.chidao.organization;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.organization.demo.DemoData;

/** The organization's part of start-up: its tables and settings, its demo units and people, the first-administrator setup. */
@ApplicationScoped
public class OrganizationStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    Installation installation;

    /** The tables, then the installation's settings row (from the server's variables on a new installation). */
    public void migrate() {
        ModuleSchema.migrate(dataSource, "organization", "org_", OrganizationStartup.class.getClassLoader());
        installation.profile();
    }

    public void loadDemo() {
        demoData.load();
    }

    /** With no administrator yet, offers the one-time setup (README: the first administrator). */
    public void offerSetupIfNeeded() {
        firstAdministrator.offerSetupIfNeeded();
    }
}
