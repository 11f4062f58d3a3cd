package vn.chidao.organization.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.Caller;
import vn.chidao.organization.Installation;
import vn.chidao.organization.Organization;
import vn.chidao.organization.ProvinceProfile;
import vn.chidao.organization.Role;

@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The installation's identity on its documents (administrators change it)")
public class SettingsResource {

    @Inject
    Installation installation;

    @Inject
    Organization organization;

    @Context
    SecurityContext security;

    /** The identity as a request names it: every field, at the version it was read. */
    public record SettingsRequest(@NotNull(message = "{request.version.required}") Long version, String provinceName,
                                  String parentBody, String issuer, String committeeName, String place, String symbol,
                                  List<String> recipients, List<String> signerTitle, String signerName,
                                  String defaultIssuingBody) {
    }

    @GET
    @Operation(summary = "The province, issuing body, place, symbol, recipients and signer every document prints now")
    public ProvinceProfile get() {
        return installation.profile();
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change the installation's identity (administrators); takes effect at once, every change kept")
    public ProvinceProfile change(@NotNull(message = "{request.invalid}") @Valid SettingsRequest request) {
        Caller caller = organization.personByEmail(security.getUserPrincipal().getName()).map(Caller::of)
                .orElseThrow(() -> RuleViolation.forbidden("auth.forbidden"));
        return installation.change(new ProvinceProfile(request.provinceName(), request.parentBody(), request.issuer(),
                request.committeeName(), request.place(), request.symbol(), request.recipients() == null ? List.of() : request.recipients(),
                request.signerTitle() == null ? List.of() : request.signerTitle(), request.signerName(), request.defaultIssuingBody(),
                request.version()), caller);
    }
}
