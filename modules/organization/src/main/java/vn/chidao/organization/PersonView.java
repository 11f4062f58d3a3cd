package vn.chidao.organization;

import java.util.Locale;
import java.util.Set;

/** A person as the rest of the system sees them; never carries the password hash. */
public record PersonView(PersonId id, String email, String fullName, UnitId unit, Set<Role> roles, Locale locale,
                         boolean active, long version) {

    public PersonView {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
