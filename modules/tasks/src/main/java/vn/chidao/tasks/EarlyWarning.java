package vn.chidao.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Caller;
import vn.chidao.tasks.domain.RiskRules;
import vn.chidao.tasks.domain.WarningSettings;

/**
 * The settings the early warning on tasks is judged by ({@link RiskClass}): everyone signed in may read them (pages
 * explain a warning with them), the secretariat changes them; lists, counts, pages and the morning scan use the new
 * values from the next request on.
 */
@ApplicationScoped
@Transactional
public class EarlyWarning {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TaskAccess access;

    public EarlyWarningSettings settings() {
        return view(em.find(WarningSettings.class, WarningSettings.ID));
    }

    /** The secretariat changes all three numbers at once, at the version they read (else 409). */
    public EarlyWarningSettings change(EarlyWarningSettings changed, Caller caller) {
        TaskAccess.requireSecretariat(caller);
        if (changed == null) {
            throw RuleViolation.invalid("from", "earlyWarning.from");
        }
        RiskRules.Thresholds thresholds = new RiskRules.Thresholds(
                within(changed.from(), 1, 100, "from", "earlyWarning.from"),
                within(changed.margin(), 0, 100, "margin", "earlyWarning.margin"),
                within(changed.missedPeriods(), 1, 12, "missedPeriods", "earlyWarning.missedPeriods"));
        if (changed.version() == null) {
            throw RuleViolation.invalid("version", "request.invalid");
        }
        WarningSettings settings = em.find(WarningSettings.class, WarningSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        if (settings.version() != changed.version()) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        settings.change(thresholds, caller.email(), access.now());
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, "early warning from "
                + thresholds.from() + "% margin " + thresholds.margin() + " missed periods " + thresholds.missedPeriods());
        return view(settings);
    }

    private static int within(Integer value, int least, int most, String field, String message) {
        if (value == null || value < least || value > most) {
            throw RuleViolation.invalid(field, message);
        }
        return value;
    }

    private static EarlyWarningSettings view(WarningSettings settings) {
        RiskRules.Thresholds t = settings.thresholds();
        return new EarlyWarningSettings(t.from(), t.margin(), t.missedPeriods(), settings.version(), settings.changedBy(),
                settings.changedAt());
    }
}
