package vn.chidao.organization.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.FirstAdministrator;
import vn.chidao.organization.PersonView;

/** Open without sign-in, but useless without the one-time token printed in the server log. */
@Path("/setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Setup", description = "Creating the first administrator")
public class SetupResource {

    @Inject
    FirstAdministrator firstAdministrator;

    public record SetupRequest(
            @NotBlank(message = "{setup.token.invalid}") String token,
            @NotBlank(message = "{person.email.invalid}") @Size(max = 254, message = "{person.email.invalid}") String email,
            @NotBlank(message = "{person.fullName.required}") @Size(max = 200) String fullName,
            @NotNull(message = "{person.password.weak}") @Size(min = 12, message = "{person.password.weak}") String password,
            String provinceName,
            String committeeName,
            String signerName) {
    }

    public record SetupResponse(long id, String email) {
    }

    @POST
    @Operation(summary = "Create the first administrator with the setup token from the server log; provinceName (and optionally "
            + "committeeName, signerName) names the installation at the same time")
    public Response setUp(@NotNull(message = "{request.invalid}") @Valid SetupRequest request) {
        PersonView admin = firstAdministrator.setUp(request.token(), request.email(), request.fullName(), request.password(),
                new FirstAdministrator.FirstIdentity(request.provinceName(), request.committeeName(), request.signerName(), null));
        return Response.status(Response.Status.CREATED).entity(new SetupResponse(admin.id().value(), admin.email())).build();
    }
}
