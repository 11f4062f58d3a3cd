package vn.chidao.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Unit;
import vn.chidao.organization.domain.UnitGroup;

/**
 * The groups of units an installation names ("UBND các xã, phường", "Các đơn vị sự nghiệp thuộc tỉnh"), found by
 * their name written with or without diacritics. The imports read a group named as a lead as one task per member.
 */
@ApplicationScoped
@Transactional
public class UnitGroups {

    @PersistenceContext
    EntityManager em;

    public List<UnitGroupView> all() {
        return em.createQuery("select g from UnitGroup g order by g.name", UnitGroup.class).getResultList().stream()
                .map(UnitGroup::view).toList();
    }

    /** The group of that name, created when there is none, with exactly these members. */
    public UnitGroupView save(String name, List<UnitId> members) {
        UnitGroup group = find(name).orElse(null);
        if (group == null) {
            group = new UnitGroup(name);
            em.persist(group);
        } else {
            group.rename(name);
        }
        group.replaceMembers(units(members));
        em.flush();
        return group.view();
    }

    /** Adds units to the group of that name, creating it when there is none. */
    public UnitGroupView join(String name, List<UnitId> members) {
        UnitGroup group = find(name).orElse(null);
        if (group == null) {
            group = new UnitGroup(name);
            em.persist(group);
        }
        units(members).forEach(group::add);
        em.flush();
        return group.view();
    }

    public void delete(long id) {
        UnitGroup group = em.find(UnitGroup.class, id);
        if (group == null) {
            throw RuleViolation.notFound("unit.group.notFound", id);
        }
        em.remove(group);
    }

    private Optional<UnitGroup> find(String name) {
        return em.createQuery("select g from UnitGroup g where g.nameKey = :key", UnitGroup.class)
                .setParameter("key", UnitGroup.key(name == null ? "" : name)).getResultStream().findFirst();
    }

    private Set<Unit> units(List<UnitId> ids) {
        Set<Unit> units = new HashSet<>();
        for (UnitId id : ids == null ? List.<UnitId>of() : ids) {
            Unit unit = em.find(Unit.class, id.value());
            if (unit == null) {
                throw RuleViolation.invalid("members", "unit.notFound", id.value());
            }
            units.add(unit);
        }
        return units;
    }
}
