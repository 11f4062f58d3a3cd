package vn.chidao.organization;

import java.util.Set;

/** Who must sign in with a second factor (a TOTP code). */
public enum SecondFactorPolicy {
    /** Administrators and the secretariat must; others may (the default). */
    STAFF,
    /** Everyone must. */
    EVERYONE,
    /** Nobody must, everyone may: for a demonstration only, refused outside demo mode. */
    OPTIONAL;

    public boolean requires(Set<Role> roles) {
        return switch (this) {
            case STAFF -> roles.contains(Role.ADMIN) || roles.contains(Role.SECRETARIAT);
            case EVERYONE -> true;
            case OPTIONAL -> false;
        };
    }
}
