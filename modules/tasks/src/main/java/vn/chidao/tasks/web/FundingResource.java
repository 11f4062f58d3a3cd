package vn.chidao.tasks.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.Callers;
import vn.chidao.plan.DocumentId;
import vn.chidao.tasks.DisbursementView;
import vn.chidao.tasks.Funding;
import vn.chidao.tasks.FundingBreakdown;
import vn.chidao.tasks.FundingLineView;
import vn.chidao.tasks.FundingSourceView;
import vn.chidao.tasks.FundingSummary;
import vn.chidao.tasks.NewFundingLine;
import vn.chidao.tasks.TaskFunding;
import vn.chidao.tasks.TaskId;

/** Funding (kinh phí): sources, planned lines for documents and tasks, disbursement corrections, summaries. */
@Path("/funding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding", description = "Planned funding by source and year, disbursement (giải ngân), summaries")
public class FundingResource {

    @Inject
    Funding funding;

    @Inject
    Callers callers;

    public record SourceRequest(String code, String name, Integer position, Boolean active, Long version) {
    }

    public record AmountRequest(Long amount, Long version) {
    }

    public record CorrectionRequest(Long amount, String reason, Long version) {
    }

    @GET
    @Path("sources")
    @Operation(summary = "The sources of funding, in the secretariat's order (retired ones last)")
    public List<FundingSourceView> sources() {
        callers.current();
        return funding.sources();
    }

    @POST
    @Path("sources")
    @Operation(summary = "Add a source of funding — secretariat")
    public Response addSource(@NotNull(message = "{request.invalid}") SourceRequest request) {
        FundingSourceView source = funding.addSource(request.code(), request.name(), callers.current());
        return Response.created(URI.create("funding/sources/" + source.id())).entity(source).build();
    }

    @PUT
    @Path("sources/{id}")
    @Operation(summary = "Rename, reorder or retire a source (with the version read) — secretariat")
    public FundingSourceView changeSource(@PathParam("id") long id, @NotNull(message = "{request.invalid}") SourceRequest request) {
        return funding.changeSource(id, request.name(), request.position(), request.active() == null || request.active(),
                request.version(), callers.current());
    }

    @POST
    @Path("lines")
    @Operation(summary = "Plan funding from one source for one year, for a document's envelope (no task) or a task — secretariat")
    public Response plan(@NotNull(message = "{request.invalid}") NewFundingLine line) {
        FundingLineView planned = funding.plan(line, callers.current());
        return Response.created(URI.create("funding/lines/" + planned.id())).entity(planned).build();
    }

    @PUT
    @Path("lines/{id}")
    @Operation(summary = "Change a planned amount (with the version read) — secretariat")
    public FundingLineView changePlan(@PathParam("id") long id, @NotNull(message = "{request.invalid}") AmountRequest request) {
        return funding.changePlan(id, request.amount(), request.version(), callers.current());
    }

    @DELETE
    @Path("lines/{id}")
    @Operation(summary = "Remove a planned line (version as a query parameter) — secretariat")
    public Response removePlan(@PathParam("id") long id, @QueryParam("version") Long version) {
        funding.removePlan(id, version, callers.current());
        return Response.noContent().build();
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "A document's envelope: the funding planned for it as a whole, by source and year")
    public List<FundingLineView> envelope(@PathParam("id") long id) {
        callers.current();
        return funding.envelope(new DocumentId(id));
    }

    @GET
    @Path("tasks/{id}")
    @Operation(summary = "A task's funding: planned lines, disbursements, totals (for whoever may see the task)")
    public TaskFunding task(@PathParam("id") long id) {
        return funding.task(new TaskId(id), callers.current());
    }

    @PUT
    @Path("disbursements/{id}")
    @Operation(summary = "Correct a reported disbursement, with a reason kept in its history — secretariat")
    public DisbursementView correct(@PathParam("id") long id, @NotNull(message = "{request.invalid}") CorrectionRequest request) {
        return funding.correct(id, request.amount(), request.reason(), request.version(), callers.current());
    }

    @GET
    @Path("summary")
    @Operation(summary = "Planned, disbursed and rate by document, pillar, unit or source; for one document or all; as of a day")
    public FundingSummary summary(@QueryParam("by") FundingBreakdown by, @QueryParam("document") Long document,
                                  @QueryParam("asOf") LocalDate asOf, @HeaderParam("Accept-Language") String language) {
        return funding.summary(by, document == null ? null : new DocumentId(document), asOf, callers.current(),
                Messages.fromAcceptLanguage(language));
    }
}
