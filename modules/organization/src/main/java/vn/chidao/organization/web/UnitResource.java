package vn.chidao.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.chidao.kernel.Messages;
import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.NewUnit;
import vn.chidao.organization.Organization;
import vn.chidao.organization.Role;
import vn.chidao.organization.UnitId;
import vn.chidao.organization.UnitImport;

@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (cơ quan, đơn vị) and their succession")
public class UnitResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Organization organization;

    @Inject
    UnitImport unitImport;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Units existing on a day (default today); all=true lists ended units too")
    public List<UnitResponse> list(@QueryParam("asOf") LocalDate asOf, @QueryParam("all") boolean all) {
        LocalDate day = asOf != null ? asOf : organization.today();
        return organization.units(all ? null : day).stream().map(u -> UnitResponse.of(u, day)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit")
    public UnitResponse get(@PathParam("id") long id) {
        return organization.unit(UnitId.of(id))
                .map(u -> UnitResponse.of(u, organization.today()))
                .orElseThrow(() -> RuleViolation.notFound("unit.notFound", id));
    }

    @GET
    @Path("{id}/responsible")
    @Operation(summary = "Who answers for the unit's work on a day (default today), following mergers")
    public ResponsibilityResponse responsible(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return ResponsibilityResponse.of(organization.responsibleFor(UnitId.of(id), asOf != null ? asOf : organization.today()));
    }

    /** A unit's other names, as plans write them. */
    public record AliasesRequest(List<String> aliases) {
    }

    @PUT
    @Path("{id}/aliases")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "Replace a unit's other names (\"Sở TT&TT\", \"STTTT\"): the imports find the unit by them")
    public UnitResponse rename(@PathParam("id") long id, @NotNull(message = "{request.invalid}") AliasesRequest request) {
        return UnitResponse.of(organization.renameUnit(new UnitId(id), request.aliases()), organization.today());
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Record a new unit (administrators)")
    public Response create(@NotNull(message = "{request.invalid}") @Valid CreateUnitRequest request) {
        UnitResponse created = UnitResponse.of(organization.createUnit(new NewUnit(request.code(), request.name(),
                request.shortName(), request.kind(), request.parentId() == null ? null : UnitId.of(request.parentId()),
                request.effectiveFrom(), request.aliases())), organization.today());
        return Response.created(URI.create("units/" + created.id())).entity(created).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARIAT})
    @Operation(summary = "Import a units sheet (.xlsx): dryRun=true (secretariat, administrators) lists every row's problems and what it "
            + "will do; otherwise (administrators) every row is written, or none (400 with the problems)")
    public Response importUnits(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @FormParam("file") EntityPart file) {
        if (!dryRun && !security.isUserInRole(Role.Names.ADMIN)) {
            throw RuleViolation.forbidden("unit.import.adminOnly");
        }
        if (file == null) {
            throw RuleViolation.invalid("file", "unit.import.unreadable");
        }
        UnitImport.Report report = unitImport.importUnits(file.getContent(), dryRun,
                Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.status(dryRun ? 200 : report.committed() ? 201 : 400).entity(report).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("import/template")
    @Produces(XLSX)
    @Operation(summary = "The units sheet template (.xlsx), with example rows and a sheet on what each column accepts")
    public Response template() {
        return Response.ok(unitImport.template(), XLSX).header("Content-Disposition", "attachment; filename=\"mau-danh-sach-don-vi.xlsx\"")
                .build();
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Merge the unit into a successor from a date (administrators)")
    public UnitResponse merge(@PathParam("id") long id, @NotNull(message = "{request.invalid}") @Valid MergeUnitRequest request) {
        return UnitResponse.of(organization.mergeUnit(UnitId.of(id), UnitId.of(request.successorId()), request.effective()),
                organization.today());
    }
}
