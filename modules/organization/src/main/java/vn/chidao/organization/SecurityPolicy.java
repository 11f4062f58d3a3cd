package vn.chidao.organization;

/**
 * The installation's sign-in security settings: who must use a second factor, how long a page session may last however
 * busy, how long the audit log keeps its entries.
 */
public record SecurityPolicy(SecondFactorPolicy secondFactor, int sessionMaxHours, int auditRetentionDays) {

    public static final int MIN_SESSION_HOURS = 1;
    public static final int MAX_SESSION_HOURS = 24;
    /** Decree 85's level 2 asks for logs kept at least three months. */
    public static final int MIN_RETENTION_DAYS = 90;
    public static final int MAX_RETENTION_DAYS = 3650;
}
