package vn.chidao.organization.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Organization;
import vn.chidao.organization.PersonView;
import vn.chidao.organization.Role;
import vn.chidao.organization.RuleViolation;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class MeResource {

    @Inject
    Organization organization;

    @Context
    SecurityContext security;

    public record MeResponse(long id, String email, String fullName, UnitResponse unit, Set<Role> roles, String language) {
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
