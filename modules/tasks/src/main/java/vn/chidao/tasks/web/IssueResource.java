package vn.chidao.tasks.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import vn.chidao.organization.Callers;
import vn.chidao.organization.UnitId;
import vn.chidao.tasks.IssueState;
import vn.chidao.tasks.IssueView;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskIssues;

@Path("/issues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Obstacles and recommendations", description = "Khó khăn, vướng mắc và kiến nghị, đề xuất raised in progress reports, and their answers")
public class IssueResource {

    @Inject
    TaskIssues issues;

    @Inject
    Callers callers;

    public record HandleRequest(@NotNull(message = "{request.version.required}") Long version, String handler) {
    }

    public record AnswerRequest(@NotNull(message = "{request.version.required}") Long version, IssueState state, String answer) {
    }

    @GET
    @Operation(summary = "Obstacles and recommendations, oldest first: the province's for the secretariat and committee, a unit's own for"
            + " its people; open=true keeps those not yet answered; unit and task narrow the list")
    public List<IssueView> list(@QueryParam("unit") Long unit, @QueryParam("open") boolean open, @QueryParam("task") Long task) {
        return issues.list(callers.current(), unit == null ? null : new UnitId(unit), open, task == null ? null : new TaskId(task));
    }

    @POST
    @Path("{id}/handle")
    @Operation(summary = "Take one up (who handles it): being handled — secretariat and committee members")
    public IssueView handle(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid HandleRequest request) {
        return issues.handle(id, callers.current(), request.version(), request.handler());
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer it (ANSWERED, RESOLVED, or FORWARDED to a higher level) with the answer's text; the unit is told")
    public IssueView answer(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid AnswerRequest request) {
        return issues.answer(id, callers.current(), request.version(), request.state(), request.answer());
    }
}
