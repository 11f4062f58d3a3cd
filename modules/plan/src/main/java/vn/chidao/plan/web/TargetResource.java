package vn.chidao.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.History;
import vn.chidao.organization.Role;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.Direction;
import vn.chidao.plan.MeasurementView;
import vn.chidao.plan.NewMilestone;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.PlanHistory;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetId;
import vn.chidao.plan.TargetView;

@Path("/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Targets (chỉ tiêu) and their measurements")
public class TargetResource {

    @Inject
    Planning planning;

    @Inject
    PlanHistory history;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every target with its standing on a day (default today)")
    public List<TargetView> list(@QueryParam("asOf") LocalDate asOf) {
        return planning.allTargets(asOf != null ? asOf : planning.today());
    }

    @GET
    @Path("{id}")
    public TargetView get(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return planning.target(new TargetId(id), asOf != null ? asOf : planning.today())
                .orElseThrow(() -> RuleViolation.notFound("target.notFound", id));
    }

    public record TargetChangeRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @Size(max = 500, message = "{target.name.size}") String name,
            Pillar pillar,
            @Size(max = 32) String unitOfMeasure,
            BigDecimal baseline,
            LocalDate baselineDate,
            BigDecimal targetValue,
            LocalDate targetDate,
            @Size(max = 10) List<TargetRequest.@Valid MilestoneRequest> milestones,
            Direction direction) {
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Correct a target (secretariat)")
    public TargetView correct(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TargetChangeRequest request) {
        return planning.correctTarget(new TargetId(id), request.version(),
                request.name() == null || request.name().isBlank() ? null : request.name().strip(), request.pillar(),
                request.unitOfMeasure() == null || request.unitOfMeasure().isBlank() ? null : request.unitOfMeasure().strip(),
                request.baseline(), request.baselineDate(), request.targetValue(), request.targetDate(),
                request.milestones() == null ? null : request.milestones().stream().map(m -> new NewMilestone(m.text(), m.due())).toList(),
                request.direction());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The target's recorded changes, who and when")
    public List<History.Change> history(@PathParam("id") long id) {
        return history.target(new TargetId(id));
    }

    @GET
    @Path("{id}/measurements")
    public List<MeasurementView> measurements(@PathParam("id") long id) {
        get(id, null);
        return planning.measurements(new TargetId(id));
    }

    @POST
    @Path("{id}/measurements")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Record a dated measurement of the target (secretariat)")
    public Response record(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid MeasurementRequest request) {
        MeasurementView recorded = planning.recordMeasurement(new TargetId(id), request.value(), request.asOf(),
                request.source(), request.reportingUnitId() == null ? null : new UnitId(request.reportingUnitId()),
                security.getUserPrincipal().getName());
        return Response.created(URI.create("targets/" + id + "/measurements")).entity(recorded).build();
    }
}
