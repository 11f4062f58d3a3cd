package vn.chidao.organization.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.security.Accounts;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class MeResource {

    @Inject
    Organization organization;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest http;

    public record MeResponse(long id, String email, String fullName, UnitResponse unit, Set<Role> roles, String language) {
    }

    @Inject
    Accounts accounts;

    public record PasswordChangeRequest(
            @NotNull(message = "{person.password.wrong}") String currentPassword,
            @NotNull(message = "{person.password.weak}") @Size(min = 12, message = "{person.password.weak}") String newPassword) {
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password; every session of the account ends (sign in again)")
    public Response changePassword(@NotNull(message = "{request.invalid}") @Valid PasswordChangeRequest request) {
        accounts.changeOwnPassword(security.getUserPrincipal().getName(), request.currentPassword(), request.newPassword(),
                http.getRemoteAddr());
        return Response.noContent().build();
    }

    @DELETE
    @Path("sessions")
    @Operation(summary = "Sign out everywhere: every session and API token of one's account ends, on every server")
    public Response signOutEverywhere() {
        accounts.signOutEverywhere(security.getUserPrincipal().getName(), http.getRemoteAddr());
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Who is signed in, in which unit, with which roles")
    public MeResponse me() {
        PersonView me = organization.personByEmail(security.getUserPrincipal().getName())
                .orElseThrow(() -> RuleViolation.notFound("request.notFound"));
        UnitResponse unit = me.unit() == null ? null
                : organization.unit(me.unit()).map(u -> UnitResponse.of(u, organization.today())).orElse(null);
        return new MeResponse(me.id().value(), me.email(), me.fullName(), unit, me.roles(), me.locale().getLanguage());
    }

}
