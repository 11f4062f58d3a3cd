package vn.chidao.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Person;
import vn.chidao.organization.domain.Unit;

/** The organisation: units, their succession, and the people who work in them. */
@ApplicationScoped
@Transactional
public class Organization {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<UnitMerged> merged;

    @Inject
    Event<UnitEnded> ended;

    @Inject
    Clock clock;

    /** Units that exist on {@code day}, or every unit ever recorded when {@code day} is null. */
    public List<UnitView> units(LocalDate day) {
        List<Unit> all = em.createQuery("select u from Unit u", Unit.class).getResultList();
        return all.stream().filter(u -> day == null || u.existsOn(day)).map(Unit::view)
                .sorted(Comparator.comparing(UnitView::kind).thenComparing(UnitView::code))
                .toList();
    }

    public Optional<UnitView> unit(UnitId id) {
        return Optional.ofNullable(em.find(Unit.class, id.value())).map(Unit::view);
    }

    public Optional<UnitView> unitByCode(String code) {
        return findByCode(code).map(Unit::view);
    }

    /** The secretariat or an administrator names a unit's other names, as plans write it; the imports find it by them. */
    public UnitView renameUnit(UnitId id, List<String> aliases) {
        Unit unit = em.find(Unit.class, id.value());
        if (unit == null) {
            throw RuleViolation.notFound("unit.notFound", id.value());
        }
        unit.rename(aliases == null ? List.of() : aliases);
        em.flush();
        return unit.view();
    }

    public UnitView createUnit(NewUnit request) {
        String code = request.code().strip().toUpperCase(Locale.ROOT);
        if (findByCode(code).isPresent()) {
            throw RuleViolation.invalid("code", "unit.code.duplicate", code);
        }
        Unit parent = null;
        if (request.parent() != null) {
            parent = em.find(Unit.class, request.parent().value());
            if (parent == null) {
                throw RuleViolation.invalid("parentId", "unit.parent.unknown", request.parent().value());
            }
        }
        Unit unit = new Unit(code, request.name().strip(), blankToNull(request.shortName()), request.kind(), parent,
                request.effectiveFrom(), request.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
        em.persist(unit);
        em.flush();
        return unit.view();
    }

    /** Corrects a unit's name, short name, kind and parent; its code, dates and succession stay. */
    public UnitView correctUnit(UnitId id, String name, String shortName, UnitKind kind, UnitId parent) {
        Unit unit = em.find(Unit.class, id.value());
        if (unit == null) {
            throw RuleViolation.notFound("unit.notFound", id.value());
        }
        Unit parentUnit = parent == null ? null : em.find(Unit.class, parent.value());
        if (parent != null && parentUnit == null) {
            throw RuleViolation.invalid("parentId", "unit.parent.unknown", parent.value());
        }
        unit.correct(name.strip(), blankToNull(shortName), kind, parentUnit);
        em.flush();
        return unit.view();
    }

    /**
     * Merges a unit into its successor from {@code effective} (today when null). Both rows are
     * locked so two merges of the same units cannot interleave.
     */
    public UnitView mergeUnit(UnitId unitId, UnitId successorId, LocalDate effective) {
        Unit unit = em.find(Unit.class, unitId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw RuleViolation.notFound("unit.notFound", unitId.value());
        }
        if (successorId == null) {
            throw RuleViolation.invalid("successorId", "unit.merge.successorRequired");
        }
        Unit successor = em.find(Unit.class, successorId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (successor == null) {
            throw RuleViolation.conflict("successorId", "unit.merge.successorUnknown", successorId.value());
        }
        LocalDate day = effective != null ? effective : LocalDate.now(clock);
        unit.mergeInto(successor, day);
        merged.fire(new UnitMerged(unitId, successorId, day));
        return unit.view();
    }

    /**
     * Ends a unit after {@code lastDay}: with one heir it merges into it (its open tasks follow), with several it is split
     * among them, with none it is dissolved. Split or dissolved, its open tasks must have been placed first
     * ({@code vn.chidao.tasks.Reorganisation} does both in one step): {@link UnitEnded} observers refuse otherwise.
     */
    public UnitView endUnit(UnitId unitId, LocalDate lastDay, List<UnitId> heirs) {
        if (lastDay == null) {
            throw RuleViolation.invalid("lastDay", "unit.end.lastDayRequired");
        }
        if (heirs.size() == 1) {
            return mergeUnit(unitId, heirs.get(0), lastDay.plusDays(1));
        }
        Unit unit = em.find(Unit.class, unitId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw RuleViolation.notFound("unit.notFound", unitId.value());
        }
        if (heirs.isEmpty()) {
            unit.end(lastDay);
        } else {
            List<Unit> among = new java.util.ArrayList<>();
            for (UnitId heir : heirs) {
                Unit found = em.find(Unit.class, heir.value());
                if (found == null) {
                    throw RuleViolation.invalid("heirs", "unit.notFound", heir.value());
                }
                among.add(found);
            }
            unit.split(among, lastDay);
        }
        em.flush();
        ended.fire(new UnitEnded(unitId, lastDay, List.copyOf(heirs)));
        return unit.view();
    }

    /** Who answers for the unit's work on {@code day}. */
    public Responsibility responsibleFor(UnitId unitId, LocalDate day) {
        Unit unit = em.find(Unit.class, unitId.value());
        if (unit == null) {
            throw RuleViolation.notFound("unit.notFound", unitId.value());
        }
        List<Unit> chain = unit.successionOn(day);
        Unit last = chain.get(chain.size() - 1);
        Optional<UnitView> responsible = last.existsOn(day) ? Optional.of(last.view()) : Optional.empty();
        return new Responsibility(unit.view(), day, responsible, chain.stream().map(Unit::view).toList());
    }

    public Optional<PersonView> personByEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normalizeEmail(email))
                .getResultStream().findFirst().map(Person::view);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The active people of a unit who hold one of {@code roles}: who hears about that unit's work. */
    public List<PersonView> people(UnitId unit, Set<Role> roles) {
        return em.createQuery("select distinct p from Person p join p.roles r where p.unitId = :unit and p.active = true"
                        + " and r in :roles order by p.id", Person.class)
                .setParameter("unit", unit.value()).setParameter("roles", roles).getResultList().stream().map(Person::view).toList();
    }

    /** The active people holding {@code role}, whatever their unit: the secretariat, the committee. */
    public List<PersonView> peopleWithRole(Role role) {
        return em.createQuery("select distinct p from Person p join p.roles r where p.active = true and r = :role order by p.id",
                        Person.class)
                .setParameter("role", role).getResultList().stream().map(Person::view).toList();
    }

    public Optional<PersonView> person(PersonId id) {
        return Optional.ofNullable(em.find(Person.class, id.value())).map(Person::view);
    }

    private Optional<Unit> findByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
