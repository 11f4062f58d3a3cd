package vn.chidao.tasks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.chidao.kernel.ModuleSchema;
import vn.chidao.tasks.demo.TaskDemoData;

/** The tasks' part of start-up: their tables and KH 382's demo tasks. */
@ApplicationScoped
public class TaskStartup {

    private static final Logger LOG = Logger.getLogger(TaskStartup.class.getName());

    @Resource(lookup = "jdbc/chidao")
    DataSource dataSource;

    @Inject
    TaskDemoData demoData;

    @Inject
    TaskEvidence evidence;

    public void migrate() {
        ModuleSchema.migrate(dataSource, "tasks", "task_", TaskStartup.class.getClassLoader());
        checkPacketSize();
        checkScanner();
    }

    /**
     * Evidence is refused while the virus scanner is down: said at start-up, so the administrator hears it before the
     * first department head does. Scanning switched off (the one-command demo) is said too. False when uploads would fail.
     */
    public boolean checkScanner() {
        if (!evidence.scanning()) {
            LOG.warning("CHIDAO CONFIGURATION: evidence files are NOT scanned for viruses (CHIDAO_EVIDENCE_SCAN=off)."
                    + " Only for a demonstration: a real installation runs clamav-daemon (README, 'Security').");
            return false;
        }
        if (!evidence.scanner().ping()) {
            LOG.severe(() -> "CHIDAO CONFIGURATION: the ClamAV daemon at " + evidence.scanner() + " does not answer:"
                    + " evidence uploads are refused until it does (CHIDAO_CLAMAV_HOST, CHIDAO_CLAMAV_PORT; README, 'Security').");
            return false;
        }
        LOG.info(() -> "evidence files are scanned by the ClamAV daemon at " + evidence.scanner());
        return true;
    }

    /**
     * Evidence files are stored in the database, one statement each: the server's {@code max_allowed_packet} must hold the
     * largest one allowed, else its upload fails late and obscurely. Said at start-up, with what to set; false when short.
     */
    public boolean checkPacketSize() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select @@max_allowed_packet")) {
            result.next();
            long packet = result.getLong(1);
            long needed = evidence.maxBytes() + 1024 * 1024;
            if (packet < needed) {
                LOG.severe(() -> "CHIDAO CONFIGURATION: the database's max_allowed_packet is " + packet / (1024 * 1024)
                        + " MB, but evidence files may be " + evidence.maxBytes() / (1024 * 1024) + " MB (CHIDAO_EVIDENCE_MAXBYTES):"
                        + " uploads near that size will fail. Set max_allowed_packet=64M in the MariaDB server's configuration"
                        + " (README, 'Configuration') or lower CHIDAO_EVIDENCE_MAXBYTES.");
                return false;
            }
            return true;
        } catch (SQLException unreadable) {
            LOG.warning(() -> "max_allowed_packet could not be read: " + unreadable);
            return false;
        }
    }

    public void loadDemo() {
        demoData.load();
    }
}
