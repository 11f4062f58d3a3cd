package vn.chidao.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.History;
import vn.chidao.kernel.Messages;
import vn.chidao.organization.Role;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.DocumentStatus;
import vn.chidao.plan.DocumentView;
import vn.chidao.plan.NewDocument;
import vn.chidao.plan.NewMilestone;
import vn.chidao.plan.NewTarget;
import vn.chidao.plan.PlanHistory;
import vn.chidao.plan.Planning;
import vn.chidao.plan.TargetImport;
import vn.chidao.plan.TargetView;

@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Directive documents (văn bản chỉ đạo) and their targets (chỉ tiêu)")
public class DocumentResource {

    @Inject
    Planning planning;

    @Inject
    TargetImport targetImport;

    @Context
    HttpHeaders headers;

    @Inject
    PlanHistory history;

    @GET
    @Operation(summary = "All directive documents, newest first")
    public List<DocumentView> list() {
        return planning.documents();
    }

    @GET
    @Path("{id}")
    public DocumentView get(@PathParam("id") long id) {
        return planning.document(new DocumentId(id)).orElseThrow(() -> RuleViolation.notFound("document.notFound", id));
    }

    @POST
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Record a directive document (secretariat)")
    public Response create(@NotNull(message = "{request.invalid}") @Valid DocumentRequest request) {
        DocumentView created = planning.createDocument(new NewDocument(request.kind(), request.number(), request.issueDate(),
                request.issuingBody(), request.summary(), request.periodFrom(), request.periodTo(),
                request.implementsDocumentIds() == null ? List.of()
                        : request.implementsDocumentIds().stream().map(DocumentId::new).toList()));
        return Response.created(URI.create("documents/" + created.id())).entity(created).build();
    }

    public record DocumentChangeRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @Size(max = 255) String issuingBody,
            @Size(max = 2000, message = "{document.summary.size}") String summary,
            @Min(1945) @Max(2100) Integer periodFrom,
            @Min(1945) @Max(2100) Integer periodTo,
            DocumentStatus status,
            String number,
            String kind,
            String issueDate) {
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Correct a document (secretariat); number, kind and issue date are its identity (422)")
    public DocumentView correct(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid DocumentChangeRequest request) {
        for (String[] readOnly : new String[][] {{"number", request.number()}, {"kind", request.kind()},
                {"issueDate", request.issueDate()}}) {
            if (readOnly[1] != null) {
                throw RuleViolation.readOnly(readOnly[0], "document.field.readOnly");
            }
        }
        return planning.correctDocument(new DocumentId(id), request.version(), blank(request.issuingBody()),
                blank(request.summary()), request.periodFrom(), request.periodTo(), request.status());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The document's recorded changes, who and when")
    public List<History.Change> history(@PathParam("id") long id) {
        return history.document(new DocumentId(id));
    }

    @GET
    @Path("{id}/targets")
    @Operation(summary = "The document's targets with their latest measurement and standing on a day (default today)")
    public List<TargetView> targets(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        get(id);
        return planning.targets(new DocumentId(id), asOf != null ? asOf : planning.today());
    }

    @POST
    @Path("{id}/targets")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Add a target to the document (secretariat)")
    public Response addTarget(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TargetRequest request) {
        TargetView created = planning.createTarget(new NewTarget(new DocumentId(id), request.pillar(), request.name(),
                request.unitOfMeasure(), request.baseline(), request.baselineDate(), request.targetValue(), request.targetDate(),
                request.milestones() == null ? List.of() : request.milestones().stream()
                        .map(m -> new NewMilestone(m.text(), m.due())).toList(), request.direction()));
        return Response.created(URI.create("targets/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/targets/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    @Operation(summary = "Import a targets appendix (.xlsx) into the document: dryRun=true lists every cell it cannot read; "
            + "otherwise all targets are created, or none (400 with the problems)")
    public Response importTargets(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                  @FormParam("file") EntityPart file) {
        if (file == null) {
            throw RuleViolation.invalid("file", "targets.import.unreadable");
        }
        TargetImport.Report report = targetImport.importTargets(new DocumentId(id), file.getContent(), dryRun,
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.status(dryRun ? 200 : report.committed() ? 201 : 400).entity(report).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
