package vn.chidao.organization.domain;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitGroupView;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitNames;

/** A named set of units as plans name it ("UBND các xã, phường"); its members change as the province does. */
@Entity
@Audited
@Table(name = "org_unit_group")
public class UnitGroup {

    public static final int NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = NAME_LENGTH)
    private String nameKey;

    @ManyToMany
    @JoinTable(name = "org_unit_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> members = new LinkedHashSet<>();

    @Version
    private long version;

    protected UnitGroup() {
    }

    public UnitGroup(String name) {
        rename(name);
    }

    /** The name as written; compared without case, diacritics or a trailing full stop. */
    public void rename(String newName) {
        String clean = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw RuleViolation.invalid("name", "unit.group.name.required");
        }
        if (clean.length() > NAME_LENGTH) {
            throw RuleViolation.invalid("name", "unit.group.name.tooLong", NAME_LENGTH);
        }
        this.name = clean;
        this.nameKey = key(clean);
    }

    public static String key(String name) {
        return UnitNames.key(name);
    }

    public void replaceMembers(Set<Unit> units) {
        members.clear();
        members.addAll(units);
    }

    public void add(Unit unit) {
        members.add(unit);
    }

    public String nameKey() {
        return nameKey;
    }

    public UnitGroupView view() {
        return new UnitGroupView(id, name, members.stream().sorted(Comparator.comparing(Unit::code))
                .map(u -> new UnitId(u.id())).toList(), version);
    }
}
