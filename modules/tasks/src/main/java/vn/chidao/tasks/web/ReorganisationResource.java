package vn.chidao.tasks.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Callers;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitView;
import vn.chidao.tasks.Placement;
import vn.chidao.tasks.Reorganisation;
import vn.chidao.tasks.TaskId;

@Path("/reorganisation/units/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (cơ quan, đơn vị) and their succession")
public class ReorganisationResource {

    @Inject
    Reorganisation reorganisation;

    @Inject
    Callers callers;

    /** One task's new unit. */
    public record PlacementRequest(@NotNull(message = "{request.invalid}") Long task, @NotNull(message = "{request.invalid}") Long unit) {
    }

    /** The unit's last day, the units taking its work (none: dissolved), where each open task goes, and who takes the rest. */
    public record EndRequest(LocalDate lastDay, List<Long> heirs, List<PlacementRequest> placements, Long rest) {
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "The unit's open tasks and where each would go if it ended among heirs (ids, comma-separated; none: dissolved)")
    public List<Placement> plan(@PathParam("id") long id, @QueryParam("heirs") String heirs) {
        return reorganisation.endingPlan(new UnitId(id), ids(heirs), callers.current());
    }

    @POST
    @Path("end")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "End the unit: one heir merges it, several split it, none dissolves it; every open task must be placed "
            + "(409 naming those left); nothing changes on any refusal")
    public UnitView end(@PathParam("id") long id, @NotNull(message = "{request.invalid}") EndRequest request) {
        Map<TaskId, UnitId> placements = new LinkedHashMap<>();
        for (PlacementRequest placement : request.placements() == null ? List.<PlacementRequest>of() : request.placements()) {
            if (placement == null || placement.task() == null || placement.unit() == null) {
                throw RuleViolation.invalid("placements", "request.invalid");
            }
            placements.put(new TaskId(placement.task()), new UnitId(placement.unit()));
        }
        List<UnitId> heirs = request.heirs() == null ? List.of() : request.heirs().stream().map(UnitId::new).toList();
        return reorganisation.endUnit(new UnitId(id), request.lastDay(), heirs, placements,
                request.rest() == null ? null : new UnitId(request.rest()), callers.current());
    }

    private static List<UnitId> ids(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(list.split(",")).map(String::strip).map(Long::parseLong).map(UnitId::new).toList();
        } catch (NumberFormatException notANumber) {
            throw RuleViolation.invalid("heirs", "request.invalid");
        }
    }
}
