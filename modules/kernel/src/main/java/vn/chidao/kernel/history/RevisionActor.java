package vn.chidao.kernel.history;

import java.security.Principal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in person; start-up work and jobs are "system". */
public class RevisionActor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).actor(current());
    }

    private static String current() {
        try {
            Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }
}
