package vn.chidao.organization.web;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.organization.Callers;
import vn.chidao.organization.SecondFactors;

/** One's own second factor: enrol an authenticator app, recovery codes, switch off. */
@Path("/me/second-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in security", description = "Two-step verification (TOTP), personal API tokens, sessions")
public class SecondFactorResource {

    @Inject
    Callers callers;

    @Inject
    SecondFactors secondFactors;

    @Context
    HttpServletRequest http;

    public record CodeRequest(String code) {
    }

    public record DisableRequest(String password, String code) {
    }

    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    @GET
    @Operation(summary = "Whether one's account has two-step verification, must have it, and how many recovery codes are left")
    public SecondFactors.Status status() {
        return secondFactors.status(callers.current().email());
    }

    @POST
    @Path("enrolment")
    @Operation(summary = "Start enrolling an authenticator app: a new secret, its otpauth:// address and QR code (SVG)")
    public SecondFactors.Enrolment start() {
        return secondFactors.start(callers.current());
    }

    @POST
        @Operation(summary = "Confirm the enrolment with the app's code; answers the ten recovery codes, shown this once")
    public RecoveryCodes confirm(@NotNull(message = "{request.invalid}") @Valid CodeRequest request) {
        return new RecoveryCodes(secondFactors.confirm(callers.current(), request.code(), http.getRemoteAddr()));
    }

    @POST
    @Path("recovery-codes")
    @Operation(summary = "New recovery codes after a current code; the old ones stop working")
    public RecoveryCodes renew(@NotNull(message = "{request.invalid}") @Valid CodeRequest request) {
        return new RecoveryCodes(secondFactors.renewRecoveryCodes(callers.current(), request.code(), http.getRemoteAddr()));
    }

    @DELETE
    @Operation(summary = "Switch two-step verification off, with the password and a current code")
    public Response disable(@NotNull(message = "{request.invalid}") @Valid DisableRequest request) {
        secondFactors.disable(callers.current(), request.password(), request.code(), http.getRemoteAddr());
        return Response.noContent().build();
    }
}
