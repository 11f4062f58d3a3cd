package vn.chidao.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import vn.chidao.kernel.RuleViolation;

/** The signed-in person as a {@link Caller}, looked up once per request: what every resource asks first. */
@RequestScoped
public class Callers {

    @Inject
    SecurityContext security;

    @Inject
    Organization organization;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = organization.personByEmail(security.getCallerPrincipal().getName()).map(Caller::of)
                    .orElseThrow(() -> RuleViolation.forbidden("auth.forbidden"));
        }
        return caller;
    }
}
