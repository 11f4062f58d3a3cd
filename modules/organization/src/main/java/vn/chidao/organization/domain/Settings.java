package vn.chidao.organization.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.ProvinceProfile;

/** The installation's one settings row: its identity on documents, changed by its administrator, every change kept. */
@Entity
@Audited
@Table(name = "org_settings")
public class Settings {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "province_name", nullable = false, length = 100)
    private String provinceName;

    @Column(name = "parent_body", nullable = false, length = 200)
    private String parentBody;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(name = "committee_name", nullable = false, length = 300)
    private String committeeName;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(nullable = false, length = 32)
    private String symbol;

    @Column(nullable = false, length = 2000)
    private String recipients;

    @Column(name = "signer_title", nullable = false, length = 300)
    private String signerTitle;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "default_issuing_body", nullable = false, length = 200)
    private String defaultIssuingBody;

    @Column(name = "logo_sha256", length = 64)
    private String logoSha256;

    @Column(name = "second_factor", nullable = false, length = 16)
    private String secondFactor = "STAFF";

    @Column(name = "session_max_hours", nullable = false)
    private int sessionMaxHours = 12;

    @Column(name = "audit_retention_days", nullable = false)
    private int auditRetentionDays = 365;

    @Version
    private long version;

    protected Settings() {
    }

    public Settings(ProvinceProfile profile) {
        this.id = ID;
        apply(profile);
    }

    /** Every field at once: each required one present and within its length; lists as lines. */
    public void apply(ProvinceProfile p) {
        provinceName = required("provinceName", p.provinceName(), 100);
        parentBody = required("parentBody", p.parentBody(), 200);
        issuer = required("issuer", p.issuer(), 200);
        committeeName = required("committeeName", p.committeeName(), 300);
        place = required("place", p.place(), 100);
        symbol = required("symbol", p.symbol(), 32);
        recipients = required("recipients", lines(p.recipients()), 2000);
        signerTitle = required("signerTitle", lines(p.signerTitle()), 300);
        signerName = p.signerName() == null || p.signerName().isBlank() ? null : required("signerName", p.signerName(), 200);
        defaultIssuingBody = required("defaultIssuingBody", p.defaultIssuingBody(), 200);
    }

    public String secondFactor() {
        return secondFactor;
    }

    public void changeSecondFactor(String policy) {
        secondFactor = policy;
    }

    public int sessionMaxHours() {
        return sessionMaxHours;
    }

    public int auditRetentionDays() {
        return auditRetentionDays;
    }

    public void changeLifetimes(int sessionHours, int retentionDays) {
        sessionMaxHours = sessionHours;
        auditRetentionDays = retentionDays;
    }

    public ProvinceProfile view() {
        return new ProvinceProfile(provinceName, parentBody, issuer, committeeName, place, symbol, split(recipients),
                split(signerTitle), signerName, defaultIssuingBody, version);
    }

    public long version() {
        return version;
    }

    /** The logo's SHA-256 when it changes ({@link Logo} holds the picture), null when it is removed. */
    public void changeLogo(String sha256) {
        this.logoSha256 = sha256;
    }

    public String logoSha256() {
        return logoSha256;
    }

    private static String lines(List<String> lines) {
        return lines == null ? null : String.join("\n", lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList());
    }

    private static List<String> split(String lines) {
        return Arrays.stream(lines.split("\n")).toList();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "settings." + field + ".required");
        }
        if (value.strip().length() > max) {
            throw RuleViolation.invalid(field, "settings." + field + ".tooLong", max);
        }
        return value.strip();
    }
}
