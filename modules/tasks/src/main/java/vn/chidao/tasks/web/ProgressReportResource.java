package vn.chidao.tasks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Callers;
import vn.chidao.tasks.ProgressImport;

/** A unit's periodic report as a spreadsheet: its template, and the upload that reports every row or none. */
@Path("/progress-reports")
@RequestScoped
@Tag(name = "Tasks")
public class ProgressReportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Callers callers;

    @Inject
    ProgressImport progressImport;

    @Context
    HttpHeaders headers;

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(summary = "The caller's unit's report template (.xlsx): its open tasks, each with the system's number, and the columns to fill")
    public Response template() {
        return Response.ok(progressImport.template(callers.current()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-tien-do.xlsx\"").build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the filled template: dryRun=true lists every row's problems; otherwise every row becomes a progress report"
            + " with its obstacles and recommendations, or none does (400 with the problems)")
    public Response importReport(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw RuleViolation.invalid("file", "import.unreadable");
        }
        ProgressImport.Result result = progressImport.importReport(file.getContent(), dryRun, callers.current(),
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.status(dryRun ? 200 : result.committed() ? 201 : 400).entity(result).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
