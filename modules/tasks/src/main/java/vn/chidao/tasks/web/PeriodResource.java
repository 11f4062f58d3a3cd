package vn.chidao.tasks.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Callers;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.OwedReport;
import vn.chidao.tasks.ReportingCycles;

@Path("/periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting periods", description = "What recurring and ongoing tasks owe, period by period")
public class PeriodResource {

    @Inject
    ReportingCycles cycles;

    @Inject
    Callers callers;

    @GET
    @Path("owed")
    @Operation(summary = "The reports a unit owes now (its own unit when none is named): the oldest unreported period of each periodic task it leads")
    public List<OwedReport> owed(@QueryParam("unit") Long unit) {
        Caller caller = callers.current();
        UnitId named = unit != null ? new UnitId(unit) : caller.unit();
        if (named == null) {
            throw RuleViolation.invalid("unit", "period.unit.required");
        }
        return cycles.owed(named, caller);
    }
}
