package vn.chidao.organization.web;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.ApiTokens;
import vn.chidao.organization.Callers;

/** One's personal API tokens: for programs, and the only way to the API for an account with two-step verification. */
@Path("/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in security", description = "Two-step verification (TOTP), personal API tokens, sessions")
public class TokenResource {

    @Inject
    Callers callers;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest http;

    public record TokenRequest(String name, ApiTokens.Scope scope, Integer days) {
    }

    @GET
    @Operation(summary = "One's personal API tokens (never the tokens themselves)")
    public List<ApiTokens.TokenView> mine() {
        return tokens.mine(callers.current());
    }

    @POST
    @Operation(summary = "Create a personal API token (READ or WRITE, 1-365 days); the token is in this answer only")
    public Response create(@NotNull(message = "{request.invalid}") @Valid TokenRequest request) {
        ApiTokens.Created created = tokens.create(callers.current(), request.name(), request.scope(), request.days(), http.getRemoteAddr());
        return Response.created(URI.create("me/tokens/" + created.view().id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of one's tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(callers.current(), id, http.getRemoteAddr());
        return Response.noContent().build();
    }
}
