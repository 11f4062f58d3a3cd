package vn.chidao.organization.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Role;
import vn.chidao.organization.UnitGroupView;
import vn.chidao.organization.UnitGroups;
import vn.chidao.organization.UnitId;

@Path("/unit-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (cơ quan, đơn vị) and their succession")
public class UnitGroupResource {

    @Inject
    UnitGroups groups;

    /** A group's name as plans write it and its members' ids. */
    public record GroupRequest(String name, List<Long> members) {
    }

    @GET
    @Operation(summary = "The named groups of units (\"UBND các xã, phường\") and their members")
    public List<UnitGroupView> list() {
        return groups.all();
    }

    @PUT
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "Create the group of that name, or replace its members (secretariat, administrators)")
    public UnitGroupView save(@NotNull(message = "{request.invalid}") GroupRequest request) {
        return groups.save(request.name(), request.members() == null ? List.of() : request.members().stream().map(UnitId::of).toList());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "Remove a group (its units stay)")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }
}
