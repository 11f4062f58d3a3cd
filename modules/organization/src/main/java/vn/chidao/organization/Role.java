package vn.chidao.organization;

/** What a person may do; the names are also the container's security roles. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    UNIT_HEAD,
    UNIT_OFFICER,
    COMMITTEE_MEMBER;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String UNIT_HEAD = "UNIT_HEAD";
        public static final String UNIT_OFFICER = "UNIT_OFFICER";
        public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";

        private Names() {
        }
    }
}
