package vn.chidao.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server: the schema Flyway built is the one the entities expect. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    SchemaProbe probe;

    @Test
    void organizationMigrationsRanInTheirOwnHistoryTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(success) from org_schema_history where version is not null")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "organization migrations applied");
            assertEquals(1, rs.getInt(2), "every organization migration succeeded");
        }
    }

    @Test
    void tablesStoreVietnameseInUtf8mb4() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, table_collation from information_schema.tables "
                     + "where table_schema = database() and table_name like 'org\\_%'")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
            }
            assertTrue(tables >= 4, "org tables found: " + tables);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name from org_unit where code = 'DX-PHURIENG'")) {
            assertTrue(rs.next());
            assertEquals("Ủy ban nhân dân huyện Phú Riềng", rs.getString(1));
        }
    }

    @Test
    void entityMappingsMatchTheMigratedSchema() {
        // throws SchemaManagementException naming the table or column that differs
        probe.factory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
