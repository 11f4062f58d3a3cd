package vn.chidao.organization.web;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.kernel.Uploads;
import vn.chidao.organization.Callers;
import vn.chidao.organization.Installation;
import vn.chidao.organization.LogoFile;
import vn.chidao.organization.ProvinceProfile;
import vn.chidao.organization.Role;
import vn.chidao.organization.SecondFactorPolicy;
import vn.chidao.organization.SecurityPolicy;

@Path("/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The installation's identity on its documents (administrators change it)")
public class SettingsResource {

    @Inject
    Callers callers;

    @Inject
    Installation installation;

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
        return installation.change(new ProvinceProfile(request.provinceName(), request.parentBody(), request.issuer(),
                request.committeeName(), request.place(), request.symbol(), request.recipients() == null ? List.of() : request.recipients(),
                request.signerTitle() == null ? List.of() : request.signerTitle(), request.signerName(), request.defaultIssuingBody(),
                request.version()), callers.current());
    }

    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg"})
    @Operation(summary = "The installation's emblem shown on the sign-in page (open without sign-in); 404 when none is set")
    public Response logo() {
        LogoFile logo = installation.logo().orElseThrow(() -> RuleViolation.notFound("settings.logo.none"));
        return Response.ok(logo.content(), logo.contentType()).header("Cache-Control", "public, max-age=3600").build();
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Set the emblem (administrators): a PNG or JPEG picture of at most 512 KB, in the form field 'file'")
    public Response changeLogo(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("logo", "settings.logo.notPicture");
        }
        // read a little past the limit, so that a picture just too large gets the logo's own message
        installation.changeLogo(Uploads.readAtMost(file.getContent(), 4L * LogoFile.MAX_BYTES, "settings.logo.tooLargeMb"), callers.current());
        return Response.noContent().build();
    }

    @DELETE
    @Path("logo")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Remove the emblem (administrators)")
    public Response removeLogo() {
        installation.removeLogo(callers.current());
        return Response.noContent().build();
    }

    /** The settings to change; a field left out stays as it is. */
    public record PolicyRequest(SecondFactorPolicy secondFactor, Integer sessionMaxHours, Integer auditRetentionDays) {
    }

    @GET
    @Path("security")
    @Operation(summary = "Sign-in security: who must use two-step verification (STAFF, EVERYONE, OPTIONAL in demo), a page"
            + " session's lifetime in hours, the audit log's retention in days")
    public SecurityPolicy policy() {
        return installation.securityPolicy();
    }

    @PUT
    @Path("security")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change the sign-in security settings (administrators); OPTIONAL only in demo mode, 1-24 hours, 90-3650 days")
    public SecurityPolicy changePolicy(@NotNull(message = "{request.invalid}") @Valid PolicyRequest request) {
        return installation.changeSecurityPolicy(request.secondFactor(), request.sessionMaxHours(), request.auditRetentionDays(), callers.current());
    }

}
