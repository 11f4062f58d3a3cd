package vn.chidao.tasks.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Callers;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.tasks.EvidenceView;
import vn.chidao.tasks.TaskEvidence;
import vn.chidao.tasks.TaskId;

@Path("/tasks/{id}/evidence")
@RequestScoped
@Tag(name = "Evidence", description = "Evidence files (minh chứng) of progress reports")
public class EvidenceResource {

    @Inject
    TaskEvidence evidence;

    @Inject
    Callers callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EvidenceView> list(@PathParam("id") long id) {
        return evidence.evidence(new TaskId(id), callers.current());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file to one of the caller's unit's progress reports (PDF, Office, images; 20 MB)")
    public Response upload(@PathParam("id") long id, @FormParam("progressId") String progressId,
                           @FormParam("file") EntityPart file) {
        if (file == null) {
            throw RuleViolation.invalid("file", "evidence.name.required");
        }
        long progress;
        try {
            progress = Long.parseLong(progressId == null ? "" : progressId.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("progressId", "evidence.progress.unknown");
        }
        EvidenceView stored = evidence.attach(new TaskId(id), progress, callers.current(),
                file.getFileName().orElse(null), file.getContent());
        return Response.created(URI.create("tasks/" + id + "/evidence/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("{evidenceId}")
    @Operation(summary = "Download an evidence file")
    public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        TaskEvidence.Download file = evidence.download(new TaskId(id), evidenceId, callers.current());
        String name = file.evidence().fileName();
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "");
        // served as an attachment, never rendered inline by the browser
        return Response.ok(file.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Checksum-SHA256", file.evidence().sha256())
                .build();
    }
}
