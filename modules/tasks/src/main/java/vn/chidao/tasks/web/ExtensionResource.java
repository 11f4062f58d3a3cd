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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Callers;
import vn.chidao.tasks.ExtensionView;
import vn.chidao.tasks.SecretariatQueue;
import vn.chidao.tasks.TaskExtensions;

@Path("/extensions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extensions", description = "Deadline extension requests (gia hạn) and the secretariat's decisions")
public class ExtensionResource {

    @Inject
    SecretariatQueue secretariatQueue;

    @Inject
    TaskExtensions taskExtensions;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Requests waiting for a decision (secretariat)")
    public List<ExtensionView> pending() {
        return secretariatQueue.pendingExtensions(callers.current());
    }

    @POST
    @Path("{id}/approve")
    public ExtensionView approve(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.DecisionRequest request) {
        return taskExtensions.decideExtension(id, callers.current(), true, request.version(), request.note());
    }

    @POST
    @Path("{id}/reject")
    public ExtensionView reject(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid TaskRequests.DecisionRequest request) {
        return taskExtensions.decideExtension(id, callers.current(), false, request.version(), request.note());
    }
}
