package vn.chidao.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Logo;
import vn.chidao.organization.domain.Settings;

/**
 * The installation's identity ({@link ProvinceProfile}), read by every document, page and message as it is now and
 * changed by its administrator on a page, without a restart; every change is kept in the history. The server's
 * variables (CHIDAO_REPORTS_*, CHIDAO_PROVINCE_NAME) are only what a new installation starts with.
 */
@ApplicationScoped
@Transactional
public class Installation {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "chidao.province.name", defaultValue = "Đồng Nai")
    String provinceName;

    @Inject
    @ConfigProperty(name = "chidao.reports.parent-body", defaultValue = "UBND TỈNH ĐỒNG NAI")
    String parentBody;

    @Inject
    @ConfigProperty(name = "chidao.reports.issuer", defaultValue = "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ")
    String issuer;

    @Inject
    @ConfigProperty(name = "chidao.reports.place", defaultValue = "Đồng Nai")
    String place;

    @Inject
    @ConfigProperty(name = "chidao.reports.symbol", defaultValue = "BC-BCĐ")
    String symbol;

    @Inject
    @ConfigProperty(name = "chidao.reports.recipients", defaultValue = "- Thường trực Tỉnh ủy;|- Thường trực HĐND tỉnh;"
            + "|- Chủ tịch, các PCT UBND tỉnh;|- Thành viên Ban Chỉ đạo;|- Các sở, ban, ngành;|- UBND các xã, phường;"
            + "|- Lưu: VT, SKHCN.")
    String recipients;

    @Inject
    @ConfigProperty(name = "chidao.reports.signer", defaultValue = "TM. BAN CHỈ ĐẠO|TRƯỞNG BAN")
    String signer;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    /** The identity as it is now; on a new installation, what the server's variables say. */
    public ProvinceProfile profile() {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings == null) {
            settings = new Settings(defaults());
            em.persist(settings);
            em.flush();
        }
        return settings.view();
    }

    /** The administrator changes the identity, every field at once, at the version they saw (409 otherwise). */
    public ProvinceProfile change(ProvinceProfile changed, Caller caller) {
        if (!caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        profile();
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.version() != changed.version()) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        settings.apply(changed);
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, "identity, version " + changed.version());
        return settings.view();
    }

    /** Who must sign in with a second factor. */
    public SecondFactorPolicy secondFactorPolicy() {
        return securityPolicy().secondFactor();
    }

    /** The sign-in security settings as they are now. */
    public SecurityPolicy securityPolicy() {
        profile();
        Settings settings = em.find(Settings.class, Settings.ID);
        return new SecurityPolicy(SecondFactorPolicy.valueOf(settings.secondFactor()), settings.sessionMaxHours(),
                settings.auditRetentionDays());
    }

    /**
     * The administrator's choices; a null leaves a setting as it is. {@link SecondFactorPolicy#OPTIONAL} only in demo mode
     * (administrators must use a second factor); a session lasts 1 to 24 hours; the audit log keeps 90 days to ten years.
     */
    public SecurityPolicy changeSecurityPolicy(SecondFactorPolicy secondFactor, Integer sessionMaxHours, Integer auditRetentionDays,
                                               Caller caller) {
        if (!caller.isSystem() && !caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        if (secondFactor == SecondFactorPolicy.OPTIONAL && !"demo".equalsIgnoreCase(mode)) {
            throw RuleViolation.invalid("secondFactor", "settings.secondFactor.optionalDemoOnly");
        }
        if (sessionMaxHours != null && (sessionMaxHours < SecurityPolicy.MIN_SESSION_HOURS || sessionMaxHours > SecurityPolicy.MAX_SESSION_HOURS)) {
            throw RuleViolation.invalid("sessionMaxHours", "settings.sessionMaxHours.range", SecurityPolicy.MIN_SESSION_HOURS,
                    SecurityPolicy.MAX_SESSION_HOURS);
        }
        if (auditRetentionDays != null
                && (auditRetentionDays < SecurityPolicy.MIN_RETENTION_DAYS || auditRetentionDays > SecurityPolicy.MAX_RETENTION_DAYS)) {
            throw RuleViolation.invalid("auditRetentionDays", "settings.auditRetentionDays.range", SecurityPolicy.MIN_RETENTION_DAYS,
                    SecurityPolicy.MAX_RETENTION_DAYS);
        }
        SecurityPolicy current = securityPolicy();
        Settings settings = em.find(Settings.class, Settings.ID);
        SecurityPolicy changed = new SecurityPolicy(secondFactor == null ? current.secondFactor() : secondFactor,
                sessionMaxHours == null ? current.sessionMaxHours() : sessionMaxHours,
                auditRetentionDays == null ? current.auditRetentionDays() : auditRetentionDays);
        settings.changeSecondFactor(changed.secondFactor().name());
        settings.changeLifetimes(changed.sessionMaxHours(), changed.auditRetentionDays());
        em.flush();
        List<String> changes = new ArrayList<>();
        if (changed.secondFactor() != current.secondFactor()) {
            changes.add("secondFactor " + current.secondFactor() + " → " + changed.secondFactor());
        }
        if (changed.sessionMaxHours() != current.sessionMaxHours()) {
            changes.add("sessionMaxHours " + current.sessionMaxHours() + " → " + changed.sessionMaxHours());
        }
        if (changed.auditRetentionDays() != current.auditRetentionDays()) {
            changes.add("auditRetentionDays " + current.auditRetentionDays() + " → " + changed.auditRetentionDays());
        }
        if (!changes.isEmpty()) {
            audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, String.join(", ", changes));
        }
        return changed;
    }

    /**
     * The first administrator names the province at set-up: the rest of the identity follows from its name ("UBND TỈNH
     * ĐỒNG NAI", "Ban Chỉ đạo chuyển đổi số tỉnh Đồng Nai", "Đồng Nai, ngày …") unless given, and stays editable.
     */
    public ProvinceProfile establish(String province, String committeeName, String signerName, Caller administrator) {
        if (province == null || province.isBlank()) {
            throw RuleViolation.invalid("provinceName", "settings.provinceName.required");
        }
        String name = province.strip();
        ProvinceProfile current = profile();
        ProvinceProfile named = new ProvinceProfile(name, "UBND TỈNH " + name.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                current.issuer(), committeeName == null || committeeName.isBlank() ? "Ban Chỉ đạo chuyển đổi số tỉnh " + name : committeeName,
                name, current.symbol(), current.recipients(), current.signerTitle(), signerName, "UBND tỉnh " + name, current.version());
        return change(named, administrator);
    }

    /** The logo's fingerprint, for pages to ask for it again when it changes; null when there is none. */
    public String logoVersion() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings == null ? null : settings.logoSha256();
    }

    public Optional<LogoFile> logo() {
        return Optional.ofNullable(em.find(Logo.class, Logo.ID)).map(l -> new LogoFile(l.content(), l.contentType()));
    }

    /** Refuses what is not a PNG or JPEG picture of at most 512 KB, naming the field; returns its content type. */
    public String checkLogo(byte[] content) {
        if (content != null && content.length > LogoFile.MAX_BYTES) {
            throw RuleViolation.invalid("logo", "settings.logo.tooLarge", LogoFile.MAX_BYTES / 1024);
        }
        return LogoFile.pictureType(content).orElseThrow(() -> RuleViolation.invalid("logo", "settings.logo.notPicture"));
    }

    /** The administrator sets the emblem shown on the sign-in page: a PNG or JPEG picture of at most 512 KB. */
    public void changeLogo(byte[] content, Caller caller) {
        if (!caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        String type = checkLogo(content);
        profile();
        Logo logo = em.find(Logo.class, Logo.ID);
        if (logo == null) {
            em.persist(new Logo(content, type));
        } else {
            logo.replace(content, type);
        }
        em.find(Settings.class, Settings.ID).changeLogo(LogoFile.sha256(content));
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, "logo " + LogoFile.sha256(content));
    }

    public void removeLogo(Caller caller) {
        if (!caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        profile();
        Logo logo = em.find(Logo.class, Logo.ID);
        if (logo != null) {
            em.remove(logo);
        }
        em.find(Settings.class, Settings.ID).changeLogo(null);
        em.flush();
        audit.recordQuietly(caller.email(), null, AuditLog.Action.SETTINGS_CHANGED, null, "logo removed");
    }

    private ProvinceProfile defaults() {
        return new ProvinceProfile(provinceName, parentBody, issuer, "Ban Chỉ đạo chuyển đổi số tỉnh " + provinceName, place, symbol,
                lines(recipients), lines(signer), null, "UBND tỉnh " + provinceName, 0);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\|")).toList();
    }
}
