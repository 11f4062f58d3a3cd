package vn.chidao.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import vn.chidao.organization.Role;

@ApplicationPath("/api")
@DeclareRoles({Role.Names.ADMIN, Role.Names.SECRETARIAT, Role.Names.UNIT_HEAD, Role.Names.UNIT_OFFICER,
        Role.Names.COMMITTEE_MEMBER})
@OpenAPIDefinition(
        info = @Info(title = "Chỉ Đạo API", version = "0.1",
                description = "Theo dõi nhiệm vụ chuyển đổi số của Ban Chỉ đạo tỉnh — follow-up of the provincial "
                        + "digital-transformation steering committee's tasks."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ChiDaoApplication extends Application {
}
