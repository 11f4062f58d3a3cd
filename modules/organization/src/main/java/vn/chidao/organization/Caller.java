package vn.chidao.organization;

import java.util.Set;


/**
 * Who is asking, as every module's rules need it: name, unit and roles. Scheduled and background work
 * (briefings on a schedule, mail, reading a task for a notice) acts as {@link #system()}: the secretariat's
 * rights under the name the history gives to work nobody signed in for.
 */
public record Caller(String email, UnitId unit, Set<Role> roles) {

    /** The name of the system in the history (who changed what) and in the report archive. */
    public static final String SYSTEM = "system";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(PersonView person) {
        return new Caller(person.email(), person.unit(), person.roles());
    }

    /** The system itself, for work no person asked for. */
    public static Caller system() {
        return new Caller(SYSTEM, null, Set.of(Role.SECRETARIAT));
    }

    public boolean isSystem() {
        return SYSTEM.equals(email);
    }

    /** Secretariat and administrators follow every task. */
    public boolean secretariat() {
        return roles.contains(Role.SECRETARIAT) || roles.contains(Role.ADMIN);
    }

    /** Committee members read every task but change none. */
    public boolean readsEverything() {
        return secretariat() || roles.contains(Role.COMMITTEE_MEMBER);
    }

    public boolean unitUser() {
        return unit != null && (roles.contains(Role.UNIT_HEAD) || roles.contains(Role.UNIT_OFFICER));
    }
}
