package vn.chidao.organization.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.DemoFiles;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Installation;
import vn.chidao.organization.NewUnit;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.organization.SecondFactorPolicy;
import vn.chidao.organization.UnitKind;
import vn.chidao.organization.UnitView;
import vn.chidao.organization.domain.Person;
import vn.chidao.organization.security.DatabaseIdentityStore;

/**
 * Loads the Bình Phước units, the 2025 mergers and the demo accounts from the files under
 * {@code demo/organization/}. Safe to run at every start: what exists is left alone.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Organization organization;

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    Installation installation;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "chidao.demo.password", defaultValue = "ChiDao@2025")
    String demoPassword;

    @Transactional
    public void load() {
        int units = 0;
        for (String[] row : DemoFiles.rows("demo/organization/units.csv", 6)) {
            if (organization.unitByCode(row[0]).isEmpty()) {
                organization.createUnit(new NewUnit(row[0], row[2], row[3], UnitKind.valueOf(row[1]), null,
                        row[4].isEmpty() ? null : LocalDate.parse(row[4]),
                        row[5].isEmpty() ? List.of() : Arrays.asList(row[5].split("\\|"))));
                units++;
            }
        }
        int mergers = 0;
        for (String[] row : DemoFiles.rows("demo/organization/mergers.csv", 3)) {
            UnitView unit = organization.unitByCode(row[0]).orElseThrow();
            if (unit.successor() == null) {
                UnitView successor = organization.unitByCode(row[1]).orElseThrow();
                organization.mergeUnit(unit.id(), successor.id(), LocalDate.parse(row[2]));
                mergers++;
            }
        }
        int people = 0;
        for (String[] row : DemoFiles.rows("demo/organization/people.csv", 5)) {
            if (organization.personByEmail(row[0]).isEmpty()) {
                Long unitId = row[2].isEmpty() ? null : organization.unitByCode(row[2]).orElseThrow().id().value();
                Set<Role> roles = Arrays.stream(row[3].split("\\|")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                Person person = new Person(row[0], row[1], unitId, roles, row[4]);
                person.changePasswordHash(identityStore.hasher().hash(demoPassword.toCharArray()));
                em.persist(person);
                people++;
            }
        }
        if (people > 0) {
            // the demo's accounts sign in with their password alone (a real installation asks administrators and the
            // secretariat for a second factor; the settings page shows the choice)
            installation.changeSecurityPolicy(SecondFactorPolicy.OPTIONAL, null, null, Caller.system());
        }
        int u = units, m = mergers, p = people;
        LOG.info(() -> "Demo data: " + u + " units, " + m + " mergers and " + p + " accounts added.");
    }
}
