package vn.chidao.tasks;

import java.util.Set;

import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;

/** Who is asking, as the task rules need it: name, unit and roles. */
public record Caller(String email, UnitId unit, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(PersonView person) {
        return new Caller(person.email(), person.unit(), person.roles());
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
