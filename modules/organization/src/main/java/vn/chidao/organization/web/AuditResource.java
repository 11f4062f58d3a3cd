package vn.chidao.organization.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Callers;
import vn.chidao.organization.OrganizationJobs;
import vn.chidao.organization.Role;

@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The security audit log, append-only and chained by SHA-256 (administrators)")
public class AuditResource {

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationJobs jobs;

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The latest entries, newest first: sign-ins and their failures, throttling, sign-out, password, account "
            + "and settings changes; who = an account (as actor or subject), action = one kind")
    public List<AuditLog.Entry> search(@QueryParam("who") String who, @QueryParam("action") String action,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditLog.Action kind;
        try {
            kind = action == null || action.isBlank() ? null : AuditLog.Action.valueOf(action.strip());
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.invalid("action", "audit.action.unknown", action);
        }
        return audit.search(callers.current(), who, kind, limit);
    }

    @GET
    @Path("verify")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Recompute the chain: how many entries hold, and the first that was changed or removed (null when none)")
    public AuditLog.Verification verify() {
        return audit.verify(callers.current());
    }

    public record Pruned(int removed) {
    }

    @POST
    @Path("prune")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Remove now the entries older than the retention setting (done every night at 01:15 anyway)")
    public Pruned prune() {
        return new Pruned(jobs.pruneAudit());
    }
}
