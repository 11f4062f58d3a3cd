package vn.chidao.app.ui;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.UnitView;

/** The start page after sign-in: who I am and the units of the province today. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Organization organization;

    @Inject
    SecurityContext security;

    private PersonView me;
    private List<UnitView> units;

    public PersonView getMe() {
        if (me == null) {
            me = organization.personByEmail(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return me;
    }

    public String getMyUnitName() {
        PersonView person = getMe();
        return person.unit() == null ? "" : organization.unit(person.unit()).map(UnitView::name).orElse("");
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = organization.units(organization.today());
        }
        return units;
    }
}
