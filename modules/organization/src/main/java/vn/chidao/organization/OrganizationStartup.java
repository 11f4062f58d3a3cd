package vn.chidao.organization;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.demo.DemoData;
import vn.chidao.organization.security.FirstAdministrator;

/**
 * At start-up: migrate this module's tables, then — once every module has migrated its own —
 * load the demo data in demo mode and offer the first-administrator setup when nobody can
 * administer the system yet. Priorities: migrations 100–199 (organization first), demo data
 * 500–599, so that events fired while loading find every module's tables in place.
 */
@ApplicationScoped
class OrganizationStartup {

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    void migrate(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object application) {
        ModuleSchema.migrate(dataSource, "organization", "org_", OrganizationStartup.class.getClassLoader());
    }

    void start(@Observes @Priority(500) @Initialized(ApplicationScoped.class) Object application) {
        if ("demo".equalsIgnoreCase(mode)) {
            demoData.load();
        }
        firstAdministrator.offerSetupIfNeeded();
    }
}
