package vn.chidao.reporting.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Callers;
import vn.chidao.reporting.EvaluationCriteria;
import vn.chidao.reporting.EvaluationPeriod;
import vn.chidao.reporting.EvaluationView;
import vn.chidao.reporting.Evaluations;

/** Evaluation of units per quarter and year: the criteria, the ranking, closing a period. */
@Path("evaluations")
@Tag(name = "Evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    Callers callers;

    @Inject
    Evaluations evaluations;

    public record ReopenRequest(String reason) {
    }

    @GET
    @Operation(summary = "The closed evaluations, latest first — committee and secretariat")
    public List<EvaluationView> closed() {
        return evaluations.closed(callers.current());
    }

    @GET
    @Path("criteria")
    @Operation(summary = "The criteria open periods are graded by — committee and secretariat")
    public EvaluationCriteria criteria() {
        return evaluations.criteria(callers.current());
    }

    @PUT
    @Path("criteria")
    @Operation(summary = "Change the criteria (all fields, with the version read) — secretariat; closed periods keep theirs")
    public EvaluationCriteria changeCriteria(@NotNull(message = "{request.invalid}") EvaluationCriteria criteria) {
        return evaluations.changeCriteria(criteria, callers.current());
    }

    @GET
    @Path("{period}")
    @Operation(summary = "A quarter's (2025-Q3) or year's (2025) evaluation: every unit's figures, score, grade and place, frozen once"
            + " closed (a unit's people: their own unit's line)")
    public EvaluationView evaluation(@PathParam("period") String period) {
        return evaluations.evaluation(EvaluationPeriod.parse(period), callers.current());
    }

    @POST
    @Path("{period}/close")
    @Operation(summary = "Close an ended period: its evaluation is frozen as it stands — secretariat")
    public EvaluationView close(@PathParam("period") String period) {
        return evaluations.close(EvaluationPeriod.parse(period), callers.current());
    }

    @POST
    @Path("{period}/reopen")
    @Operation(summary = "Open a closed period again, with a reason the audit log keeps — secretariat")
    public EvaluationView reopen(@PathParam("period") String period, @NotNull(message = "{request.invalid}") ReopenRequest request) {
        return evaluations.reopen(EvaluationPeriod.parse(period), request.reason(), callers.current());
    }
}
