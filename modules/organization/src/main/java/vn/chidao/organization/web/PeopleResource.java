package vn.chidao.organization.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.AuditLog;
import vn.chidao.organization.Callers;
import vn.chidao.organization.PersonId;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.SecondFactors;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.security.Accounts;

@Path("/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Accounts and roles (administrators)")
public class PeopleResource {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    SecondFactors secondFactors;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest http;

    public record PersonResponse(long id, String email, String fullName, Long unitId, Set<Role> roles, String language,
                                 boolean active, long version) {
        static PersonResponse of(PersonView p) {
            return new PersonResponse(p.id().value(), p.email(), p.fullName(), p.unit() == null ? null : p.unit().value(),
                    p.roles(), p.locale().getLanguage(), p.active(), p.version());
        }
    }

    public record NewPersonRequest(
            @NotBlank(message = "{person.email.invalid}") @Size(max = 254, message = "{person.email.invalid}") String email,
            @NotBlank(message = "{person.fullName.required}") @Size(max = 200) String fullName,
            Long unitId,
            @NotNull(message = "{person.roles.required}") @Size(min = 1, message = "{person.roles.required}") Set<Role> roles,
            String language,
            @NotNull(message = "{person.password.weak}") @Size(min = 12, message = "{person.password.weak}") String password) {
    }

    public record PersonChangeRequest(
            @NotNull(message = "{request.version.required}") Long version,
            @Size(max = 200) String fullName,
            Long unitId,
            Set<Role> roles,
            Boolean active,
            String language) {
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "Every account (administrators and the secretariat)")
    public List<PersonResponse> list() {
        return accounts.people().stream().map(PersonResponse::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create an account with an initial password (administrators)")
    public Response create(@NotNull(message = "{request.invalid}") @Valid NewPersonRequest request) {
        PersonView person = accounts.create(request.email(), request.fullName(),
                request.unitId() == null ? null : new UnitId(request.unitId()), request.roles(), request.language(),
                request.password());
        audit.record(security.getUserPrincipal().getName(), http.getRemoteAddr(), AuditLog.Action.ACCOUNT_CREATED, person.email(),
                "roles " + person.roles());
        return Response.created(URI.create("people/" + person.id())).entity(PersonResponse.of(person)).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change an account's name, unit, roles, language or deactivate it (ends its sessions)")
    public PersonResponse change(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid PersonChangeRequest request) {
        PersonView person = accounts.change(new PersonId(id), request.version(), request.fullName(),
                request.unitId() == null ? null : new UnitId(request.unitId()), request.roles(), request.active(),
                request.language());
        audit.record(security.getUserPrincipal().getName(), http.getRemoteAddr(), AuditLog.Action.ACCOUNT_CHANGED, person.email(),
                "roles " + person.roles() + (request.active() == null ? "" : ", active " + request.active()));
        return PersonResponse.of(person);
    }

    @DELETE
    @Path("{id}/second-factor")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Reset a person's two-step verification (a lost phone): their sessions end, they enrol again")
    public Response resetSecondFactor(@PathParam("id") long id) {
        secondFactors.reset(new PersonId(id), callers.current());
        return Response.noContent().build();
    }
}
