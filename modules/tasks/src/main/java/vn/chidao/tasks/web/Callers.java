package vn.chidao.tasks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import vn.chidao.organization.Organization;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;

/** The signed-in person as a {@link Caller}, looked up once per request. */
@RequestScoped
class Callers {

    @Inject
    SecurityContext security;

    @Inject
    Organization organization;

    private Caller caller;

    Caller current() {
        if (caller == null) {
            caller = organization.personByEmail(security.getCallerPrincipal().getName()).map(Caller::of)
                    .orElseThrow(() -> RuleViolation.forbidden("auth.forbidden"));
        }
        return caller;
    }
}
