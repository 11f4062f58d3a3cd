package vn.chidao.reporting.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.reporting.ArchivedReport;
import vn.chidao.reporting.Frequency;
import vn.chidao.reporting.ReportFormat;
import vn.chidao.reporting.ReportId;
import vn.chidao.reporting.ReportKind;
import vn.chidao.reporting.ReportRequest;
import vn.chidao.reporting.Reports;
import vn.chidao.reporting.ScheduleView;
import vn.chidao.organization.Callers;
import vn.chidao.tasks.TaskId;

/** Generating reports, the archive, and the briefing schedules. */
@Path("reports")
@Tag(name = "Reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    Callers callers;

    private static final int MAX_PAGE = 500;

    @Inject
    Reports reports;

    /** A report to generate; {@code kind} BRIEFING needs nothing else, SCORECARD a unit, TASK_SHEET a task, EVALUATION a period. */
    public record GenerateRequest(ReportKind kind, ReportFormat format, Long documentId, Long unitId, Long taskId,
                                  LocalDate asOf, String period) {
    }

    public record ScheduleRequest(Long documentId, Frequency frequency) {
    }

    @POST
    @Operation(summary = "Generate a briefing, a unit scorecard, a task sheet or a period's evaluation (PDF or XLSX); it is archived and its record returned")
    public Response generate(@NotNull(message = "{request.invalid}") GenerateRequest request) {
        ArchivedReport report = reports.generate(new ReportRequest(request.kind(), request.format(),
                request.documentId() == null ? null : new DocumentId(request.documentId()),
                request.unitId() == null ? null : new UnitId(request.unitId()),
                request.taskId() == null ? null : new TaskId(request.taskId()), request.asOf(), request.period()), callers.current());
        return Response.created(URI.create("/api/reports/" + report.id().value())).entity(report).build();
    }

    @GET
    @Operation(summary = "The report archive, newest first (a unit's people see their unit's reports)")
    public List<ArchivedReport> archive(@QueryParam("kind") ReportKind kind, @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return reports.archive(kind, callers.current(), Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One archived report's record: parameters, who generated it, when, SHA-256")
    public ArchivedReport report(@PathParam("id") long id) {
        return reports.report(new ReportId(id), callers.current()).orElseThrow(() -> RuleViolation.notFound("report.notFound"));
    }

    @GET
    @Path("{id}/content")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an archived report, byte for byte as first generated")
    public Response content(@PathParam("id") long id) {
        Reports.Download download = reports.download(new ReportId(id), callers.current())
                .orElseThrow(() -> RuleViolation.notFound("report.notFound"));
        ArchivedReport report = download.report();
        String encoded = URLEncoder.encode(report.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content(), report.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii(report.fileName()) + "\"; filename*=UTF-8''" + encoded)
                .header("ETag", "\"" + report.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(report.sha256())) + ":")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/signature")
    @Operation(summary = "Sign an archived PDF with the committee's certificate (PAdES) — secretariat; the signed copy is archived"
            + " beside it and returned")
    public Response sign(@PathParam("id") long id) {
        ArchivedReport signed = reports.sign(new ReportId(id), callers.current());
        return Response.created(URI.create("/api/reports/" + signed.id().value())).entity(signed).build();
    }

    @GET
    @Path("schedules")
    @Operation(summary = "Scheduled briefings")
    public List<ScheduleView> schedules() {
        callers.current();
        return reports.schedules();
    }

    @POST
    @Path("schedules")
    @Operation(summary = "Schedule a weekly, monthly or quarterly briefing for a document (or all documents) — secretariat")
    public Response schedule(@NotNull(message = "{request.invalid}") ScheduleRequest request) {
        ScheduleView view = reports.schedule(request.documentId() == null ? null : new DocumentId(request.documentId()),
                request.frequency(), callers.current());
        return Response.created(URI.create("/api/reports/schedules/" + view.id())).entity(view).build();
    }

    @DELETE
    @Path("schedules/{id}")
    @Operation(summary = "Stop a scheduled briefing (version from the schedule's record) — secretariat")
    public ScheduleView stop(@PathParam("id") long id, @QueryParam("version") @DefaultValue("0") long version) {
        return reports.stopSchedule(id, version, callers.current());
    }

    @POST
    @Path("schedules/run")
    @Operation(summary = "Generate now the scheduled briefings whose period has come (the hourly job does it too) — secretariat")
    public List<ArchivedReport> runSchedules() {
        if (!callers.current().secretariat()) {
            throw RuleViolation.forbidden("report.forbidden");
        }
        return reports.generateDueBriefings();
    }

    private static String ascii(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
