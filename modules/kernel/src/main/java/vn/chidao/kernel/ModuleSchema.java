package vn.chidao.kernel;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Each module owns its tables and migrates them itself, with its own Flyway history table, so
 * one module's migration numbers never collide with another's.
 */
public final class ModuleSchema {

    private ModuleSchema() {
    }

    /**
     * Applies the migrations under {@code classpath:db/migration/<module>}. The folder must hold
     * an empty {@code flyway.location} file: on Liberty Flyway finds only folders it can see as
     * a resource.
     */
    public static int migrate(DataSource dataSource, String module, String tablePrefix, ClassLoader loader) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table(tablePrefix + "schema_history")
                // the schema already holds other modules' tables: start this module's history at 0, then run V1…
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
