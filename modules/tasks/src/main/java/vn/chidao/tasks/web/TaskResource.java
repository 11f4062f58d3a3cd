package vn.chidao.tasks.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Callers;
import vn.chidao.organization.UnitId;
import vn.chidao.plan.DocumentId;
import vn.chidao.plan.Pillar;
import vn.chidao.plan.TargetId;
import vn.chidao.tasks.AppendixImport;
import vn.chidao.tasks.CommentView;
import vn.chidao.tasks.EarlyWarning;
import vn.chidao.tasks.EarlyWarningSettings;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.ImportReport;
import vn.chidao.tasks.ImportTemplates;
import vn.chidao.tasks.NewTask;
import vn.chidao.tasks.OverdueTask;
import vn.chidao.tasks.PeriodView;
import vn.chidao.tasks.ProgressView;
import vn.chidao.tasks.ReportingCycles;
import vn.chidao.tasks.RiskClass;
import vn.chidao.tasks.StatusClass;
import vn.chidao.tasks.TaskAction;
import vn.chidao.tasks.TaskAssignment;
import vn.chidao.tasks.TaskConversation;
import vn.chidao.tasks.TaskChanges;
import vn.chidao.tasks.TaskExport;
import vn.chidao.tasks.TaskExtensions;
import vn.chidao.tasks.TaskFilter;
import vn.chidao.tasks.TaskHistory;
import vn.chidao.tasks.TaskId;
import vn.chidao.tasks.TaskLifecycle;
import vn.chidao.tasks.TaskProgress;
import vn.chidao.tasks.TaskQueries;
import vn.chidao.tasks.TaskView;
import vn.chidao.tasks.TimelineEntry;
import vn.chidao.tasks.UnitStatusCounts;

@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Tasks (nhiệm vụ): assignment, progress, extensions, completion")
public class TaskResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MAX_PAGE = 500;

    @Inject
    TaskAssignment assignment;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    TaskLifecycle lifecycle;

    @Inject
    TaskProgress taskProgress;

    @Inject
    TaskQueries queries;

    @Inject
    EarlyWarning earlyWarning;

    @Inject
    TaskConversation conversation;

    @Inject
    Callers callers;

    @Inject
    TaskHistory history;

    @Inject
    AppendixImport appendixImport;

    @Inject
    TaskExport taskExport;

    @Inject
    ReportingCycles cycles;

    @Inject
    ImportTemplates templates;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Tasks the caller may see, filtered (q: words in the code, title, details, output, lead unit or document,"
            + " any case and diacritics); ordered by deadline, or by sort=code|title|dueDate|percent (-title: descending)")
    public TaskRequests.ListResponse<TaskView> list(@QueryParam("unit") Long unit, @QueryParam("document") Long document,
                                                    @QueryParam("pillar") Pillar pillar, @QueryParam("status") StatusClass status,
                                                    @QueryParam("dueFrom") LocalDate dueFrom, @QueryParam("dueTo") LocalDate dueTo,
                                                    @QueryParam("risk") RiskClass risk, @QueryParam("q") String words,
                                                    @QueryParam("sort") String sort,
                                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        TaskFilter filter = filter(unit, document, pillar, status, dueFrom, dueTo).risk(risk).search(words);
        int page = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        boolean descending = sort != null && sort.startsWith("-");
        return new TaskRequests.ListResponse<>(queries.count(filter, callers.current()), from, page,
                queries.list(filter, callers.current(), from, page, sort == null ? null : sort.substring(descending ? 1 : 0), descending));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Per lead unit, tasks in each status class (basis=original judges against the first deadline; asOf judges as of that day)")
    public List<UnitStatusCounts> counts(@QueryParam("document") Long document, @QueryParam("pillar") Pillar pillar,
                                         @QueryParam("dueFrom") LocalDate dueFrom, @QueryParam("dueTo") LocalDate dueTo,
                                         @QueryParam("basis") @DefaultValue("current") String basis,
                                         @QueryParam("asOf") LocalDate asOf) {
        return queries.countsByUnit(filter(null, document, pillar, null, dueFrom, dueTo).asOf(asOf), callers.current(),
                "original".equalsIgnoreCase(basis));
    }

    @GET
    @Path("early-warning")
    @Operation(summary = "The settings the early warning is judged by: from which share of its time a task's progress is judged, "
            + "how many points it may trail, how many unreported periods warn about a periodic task")
    public EarlyWarningSettings earlyWarning() {
        callers.current();
        return earlyWarning.settings();
    }

    @PUT
    @Path("early-warning")
    @Operation(summary = "Change the early-warning settings (all three, with the version read) — secretariat")
    public EarlyWarningSettings changeEarlyWarning(@NotNull(message = "{request.invalid}") TaskRequests.EarlyWarningRequest request) {
        return earlyWarning.change(new EarlyWarningSettings(request.from(), request.margin(), request.missedPeriods(), request.version(),
                null, null), callers.current());
    }

    @GET
    @Path("risks")
    @Operation(summary = "Early warning: how many of the tasks the caller may see are on track, at risk, off track (or finished), "
            + "for a unit or a document, as of a day (today by default)")
    public Map<RiskClass, Long> risks(@QueryParam("unit") Long unit, @QueryParam("document") Long document,
                                      @QueryParam("asOf") LocalDate asOf) {
        if (asOf != null && asOf.isAfter(assignment.today())) {
            throw RuleViolation.invalid("asOf", "task.asOf.future", asOf);
        }
        return queries.riskCounts(filter(unit, document, null, null, null, null).asOf(asOf), callers.current());
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Open tasks past their deadline (as of asOf, default today), longest overdue first")
    public List<OverdueTask> overdue(@QueryParam("unit") Long unit, @QueryParam("document") Long document,
                                     @QueryParam("asOf") LocalDate asOf, @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.overdue(filter(unit, document, null, null, null, null).asOf(asOf), callers.current(),
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @POST
    @Operation(summary = "Assign a task (secretariat)")
    public Response assign(@NotNull(message = "{request.invalid}") @Valid TaskRequests.AssignRequest request) {
        TaskView task = assignment.assign(new NewTask(new DocumentId(request.documentId()), request.code(), request.title(),
                request.description(), request.expectedOutput(), request.pillar(), new UnitId(request.leadUnitId()),
                ids(request.cooperatingUnitIds()).stream().map(UnitId::new).toList(), request.deadline(), request.priority(),
                ids(request.mandateDocumentIds()).stream().map(DocumentId::new).toList(),
                ids(request.targetIds()).stream().map(TargetId::new).toList(), request.assignedOn(), request.owingFrom()),
                callers.current());
        return Response.created(URI.create("tasks/" + task.id())).entity(task).build();
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") long id) {
        return assignment.task(new TaskId(id), callers.current());
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Correct a task (secretariat); code and deadline are read-only here")
    public TaskView change(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.ChangeRequest request) {
        TaskView task = assignment.task(new TaskId(id), callers.current());
        if (!callers.current().secretariat()) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        for (String[] readOnly : new String[][] {{"code", request.code()}, {"deadline", request.deadline()},
                {"dueDate", request.dueDate()}}) {
            if (readOnly[1] != null) {
                throw RuleViolation.readOnly(readOnly[0], "task.field.readOnly");
            }
        }
        return assignment.edit(task.id(), callers.current(), request.version(), new TaskChanges(request.title(),
                request.description(), request.expectedOutput(), request.pillar(), request.priority(),
                request.leadUnitId() == null ? null : new UnitId(request.leadUnitId()),
                request.cooperatingUnitIds() == null ? null : request.cooperatingUnitIds().stream().map(UnitId::new).toList(),
                request.cooperatingDeadlines() == null ? null : partDeadlines(request.cooperatingDeadlines())));
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "What the caller may do on the task now (the pages offer exactly these)")
    public Set<TaskAction> actions(@PathParam("id") long id) {
        return assignment.allowedActions(new TaskId(id), callers.current());
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The task's history: changes, reports, extensions — who and when, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return history.timeline(new TaskId(id), callers.current(),
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The conversation around a task: comments, questions and directions, oldest first (whoever sees the task)")
    public List<CommentView> comments(@PathParam("id") long id) {
        return conversation.comments(new TaskId(id), callers.current());
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Write in a task's conversation: COMMENT or QUESTION (lead and cooperating units, secretariat), DIRECTION"
            + " (committee members, secretariat)")
    public Response comment(@PathParam("id") long id, @NotNull(message = "{request.invalid}") TaskRequests.CommentRequest request) {
        CommentView written = conversation.write(new TaskId(id), callers.current(), request.kind(), request.text());
        return Response.created(URI.create("tasks/" + id + "/comments/" + written.id())).entity(written).build();
    }

    @GET
    @Path("{id}/progress")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return taskProgress.progress(new TaskId(id), callers.current());
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Report progress for the caller's unit (lead: the task; cooperating unit: its part), with the obstacles"
            + " and recommendations it raises (each followed under /api/issues)")
    public Response report(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.ProgressRequest request) {
        ProgressView report = taskProgress.reportProgress(new TaskId(id), callers.current(), request.reportedOn(),
                request.text(), request.percent(), request.proposesCompletion(), request.obstacles(), request.recommendations(),
                request.disbursements());
        return Response.created(URI.create("tasks/" + id + "/progress")).entity(report).build();
    }

    @POST
    @Path("{id}/completion/accept")
    public TaskView accept(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.DecisionRequest request) {
        return taskProgress.acceptCompletion(new TaskId(id), callers.current(), request.version());
    }

    @POST
    @Path("{id}/completion/return")
    public TaskView giveBack(@PathParam("id") long id,
                             @NotNull(message = "{request.invalid}") @Valid TaskRequests.ReasonedDecisionRequest request) {
        return taskProgress.returnCompletion(new TaskId(id), callers.current(), request.version(), request.reason());
    }

    @GET
    @Path("{id}/extensions")
    public List<ExtensionView> extensions(@PathParam("id") long id) {
        return taskExtensions.extensions(new TaskId(id), callers.current());
    }

    @POST
    @Path("{id}/extensions")
    @Operation(summary = "Ask for a later deadline (the lead unit)")
    public Response requestExtension(@PathParam("id") long id,
                                     @NotNull(message = "{request.invalid}") @Valid TaskRequests.ExtensionRequestBody request) {
        ExtensionView extension = taskExtensions.requestExtension(new TaskId(id), callers.current(), request.requestedDueDate(),
                request.reason());
        return Response.created(URI.create("extensions/" + extension.id())).entity(extension).build();
    }

    @GET
    @Path("{id}/periods")
    @Operation(summary = "A recurring or ongoing task's reporting periods, oldest first, each with its due day and state")
    public List<PeriodView> periods(@PathParam("id") long id) {
        return cycles.periods(new TaskId(id), callers.current());
    }

    @POST
    @Path("{id}/periods/{startsOn}/waiver")
    @Operation(summary = "Waive one period's report, with a reason (secretariat)")
    public TaskView waive(@PathParam("id") long id, @PathParam("startsOn") LocalDate startsOn,
                          @NotNull(message = "{request.invalid}") @Valid TaskRequests.ReasonedDecisionRequest request) {
        return cycles.waive(new TaskId(id), callers.current(), request.version(), startsOn, request.reason());
    }

    @PUT
    @Path("{id}/deadline")
    @Operation(summary = "Correct the kind or reporting cycle of a task's deadline, with a reason (secretariat); dates move by extension")
    public TaskView correctDeadline(@PathParam("id") long id,
                                    @NotNull(message = "{request.invalid}") @Valid TaskRequests.DeadlineCorrection request) {
        return cycles.correctDeadline(new TaskId(id), callers.current(), request.version(), request.deadline(),
                request.owingFrom(), request.reason());
    }

    @POST
    @Path("{id}/suspend")
    public TaskView suspend(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.ReasonedDecisionRequest request) {
        return lifecycle.suspend(new TaskId(id), callers.current(), request.version(), request.reason());
    }

    @POST
    @Path("{id}/cancel")
    public TaskView cancel(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.ReasonedDecisionRequest request) {
        return lifecycle.cancel(new TaskId(id), callers.current(), request.version(), request.reason());
    }

    @POST
    @Path("{id}/resume")
    public TaskView resume(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.DecisionRequest request) {
        return lifecycle.resume(new TaskId(id), callers.current(), request.version());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a task appendix (.xlsx, or the plan's .docx with its task table) into a document: dryRun=true lists every row's problems; "
            + "otherwise all rows are created, or none (400 with the problems)")
    public Response importAppendix(@QueryParam("document") Long document, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                   @QueryParam("owingFrom") LocalDate owingFrom, @FormParam("file") EntityPart file) {
        if (document == null) {
            throw RuleViolation.invalid("document", "task.document.required");
        }
        if (file == null) {
            throw RuleViolation.invalid("file", "import.unreadable");
        }
        ImportReport report = appendixImport.importAppendix(new DocumentId(document), file.getContent(), dryRun, callers.current(),
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), owingFrom);
        return Response.status(dryRun ? 200 : report.committed() ? 201 : 400).entity(report)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("import/template")
    @Produces(XLSX)
    @Operation(summary = "An appendix template (.xlsx): kind=tasks (default) or targets, with example rows and a sheet on what each column accepts")
    public Response template(@QueryParam("kind") @DefaultValue("tasks") String kind) {
        boolean targets = "targets".equals(kind);
        if (!targets && !"tasks".equals(kind)) {
            throw RuleViolation.invalid("kind", "import.template.kind");
        }
        return Response.ok(targets ? templates.targets() : templates.tasks(), XLSX).header("Content-Disposition",
                "attachment; filename=\"" + (targets ? "mau-phu-luc-chi-tieu.xlsx" : "mau-phu-luc-nhiem-vu.xlsx") + "\"").build();
    }

    @GET
    @Path("export")
    @Produces(XLSX)
    @Operation(summary = "The tasks the filters select, as an Excel workbook")
    public Response export(@QueryParam("unit") Long unit, @QueryParam("document") Long document, @QueryParam("pillar") Pillar pillar,
                           @QueryParam("status") StatusClass status, @QueryParam("dueFrom") LocalDate dueFrom,
                           @QueryParam("dueTo") LocalDate dueTo) {
        TaskFilter filter = new TaskFilter(unit == null ? null : new UnitId(unit), document == null ? null : new DocumentId(document),
                pillar, status, dueFrom, dueTo);
        byte[] workbook = taskExport.export(filter, callers.current(),
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"nhiem-vu-" + LocalDate.now() + ".xlsx\"").build();
    }

    private static TaskFilter filter(Long unit, Long document, Pillar pillar, StatusClass status, LocalDate from, LocalDate to) {
        return new TaskFilter(unit == null ? null : new UnitId(unit), document == null ? null : new DocumentId(document),
                pillar, status, from, to);
    }

    private static Map<UnitId, LocalDate> partDeadlines(List<TaskRequests.PartDeadline> parts) {
        Map<UnitId, LocalDate> deadlines = new LinkedHashMap<>();
        parts.forEach(p -> deadlines.put(new UnitId(p.unitId()), p.subDueDate()));
        return deadlines;
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
