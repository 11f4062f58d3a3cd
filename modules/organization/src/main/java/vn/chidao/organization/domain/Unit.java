package vn.chidao.organization.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitKind;
import vn.chidao.organization.UnitView;

/** An organisation unit. Units are never deleted: they end, and may name a successor. */
@Entity
@Audited
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", length = 64)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias", length = 128)
    private Set<String> aliases = new LinkedHashSet<>();

    /** The units a split unit's work went to; empty for a unit that merged (it has a successor) or still exists. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_unit_heir", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "heir_id")
    private Set<Long> heirs = new LinkedHashSet<>();

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, String shortName, UnitKind kind, Unit parent,
                LocalDate effectiveFrom, List<String> aliases) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
        this.effectiveFrom = effectiveFrom;
        this.aliases.addAll(aliases);
    }

    /** The other names plans write for this unit ("Sở TT&TT", "STTTT"), replacing those it had; each at most 128 characters. */
    public void rename(List<String> newAliases) {
        List<String> clean = newAliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        for (String alias : clean) {
            if (alias.length() > 128) {
                throw RuleViolation.invalid("aliases", "unit.alias.tooLong", alias);
            }
        }
        aliases.clear();
        aliases.addAll(clean);
    }

    /** Corrects what the unit is called, what it is and where it belongs (a units sheet imported again). */
    public void correct(String newName, String newShortName, UnitKind newKind, Unit newParent) {
        for (Unit u = newParent; u != null; u = u.parent()) {
            if (u == this || id != null && id.equals(u.id())) {
                throw RuleViolation.invalid("parentId", "unit.parent.cycle", code);
            }
        }
        this.name = newName;
        this.shortName = newShortName;
        this.kind = newKind;
        this.parent = newParent;
    }

    /**
     * Merges this unit into {@code into}: from {@code effective} the successor answers for this
     * unit's work, and this unit ends the day before.
     */
    public void mergeInto(Unit into, LocalDate effective) {
        if (into == this || into.id() != null && into.id().equals(id)) {
            throw RuleViolation.invalid("successorId", "unit.merge.self");
        }
        if (effectiveTo != null) {
            throw RuleViolation.conflict("unitId", "unit.merge.alreadyEnded", code, effectiveTo);
        }
        if (effectiveFrom != null && !effective.isAfter(effectiveFrom)) {
            throw RuleViolation.invalid("effectiveFrom", "unit.merge.beforeStart", effectiveFrom);
        }
        if (!into.existsOn(effective)) {
            throw RuleViolation.conflict("successorId", "unit.merge.successorEnded", into.code());
        }
        // other units may be lazy proxies: read them through methods, never fields
        for (Unit u = into; u != null; u = u.successor()) {
            if (u == this || id != null && id.equals(u.id())) {
                throw RuleViolation.conflict("successorId", "unit.merge.cycle", into.code());
            }
        }
        this.successor = into;
        this.effectiveTo = effective.minusDays(1);
    }

    /**
     * The unit ends after {@code lastDay} and its work goes to several units (a district's duties to communes and
     * departments), each existing the next day; where each open task goes is the tasks' business.
     */
    public void split(List<Unit> among, LocalDate lastDay) {
        if (among.size() < 2) {
            throw RuleViolation.invalid("heirs", "unit.split.twoOrMore");
        }
        for (Unit heir : among) {
            if (heir == this || id != null && id.equals(heir.id())) {
                throw RuleViolation.invalid("heirs", "unit.merge.self");
            }
            if (!heir.existsOn(lastDay.plusDays(1))) {
                throw RuleViolation.conflict("heirs", "unit.merge.successorEnded", heir.code());
            }
        }
        end(lastDay);
        among.forEach(heir -> heirs.add(heir.id()));
    }

    /** The unit ceases after {@code lastDay}, with no successor. */
    public void end(LocalDate lastDay) {
        if (effectiveTo != null) {
            throw RuleViolation.conflict("unitId", "unit.merge.alreadyEnded", code, effectiveTo);
        }
        if (effectiveFrom != null && lastDay.isBefore(effectiveFrom)) {
            throw RuleViolation.invalid("effectiveTo", "unit.import.endBeforeStart");
        }
        this.effectiveTo = lastDay;
    }

    /** Whether the unit exists on that day. */
    public boolean existsOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** This unit, then each successor that has taken over its work by {@code day}. */
    public List<Unit> successionOn(LocalDate day) {
        List<Unit> chain = new ArrayList<>();
        Unit current = this;
        chain.add(current);
        while (current.effectiveTo() != null && current.effectiveTo().isBefore(day) && current.successor() != null
                && !contains(chain, current.successor())) {
            current = current.successor();
            chain.add(current);
        }
        return chain;
    }

    private static boolean contains(List<Unit> units, Unit unit) {
        for (Unit u : units) {
            if (u == unit || u.id() != null && u.id().equals(unit.id())) {
                return true;
            }
        }
        return false;
    }

    public UnitView view() {
        return new UnitView(new UnitId(id), code, name, shortName, kind,
                parent == null ? null : new UnitId(parent.id()), effectiveFrom, effectiveTo,
                successor == null ? null : new UnitId(successor.id()), List.copyOf(aliases),
                heirs.stream().sorted().map(UnitId::new).toList());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Unit parent() {
        return parent;
    }

    public Unit successor() {
        return successor;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }
}
