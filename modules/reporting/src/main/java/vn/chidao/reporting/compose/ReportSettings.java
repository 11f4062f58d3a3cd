package vn.chidao.reporting.compose;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.organization.Installation;
import vn.chidao.organization.ProvinceProfile;

/**
 * What the province prints on its documents — the issuing body, the place, the symbol, the recipients and the
 * signer — as its administrator set them ({@link Installation}) at the moment a document is made: a change applies to
 * the next document, an archived one keeps what it was made with.
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    Installation installation;

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private ProvinceProfile profile() {
        return installation.profile();
    }

    public String parentBody() {
        return profile().parentBody();
    }

    public String issuer() {
        return profile().issuer();
    }

    public String place() {
        return profile().place();
    }

    public String symbol() {
        return profile().symbol();
    }

    public String recipients() {
        return String.join("\n", profile().recipients());
    }

    /**
     * The signer's title lines, room for the signature and seal (always, named or not), then the name when one is set: what
     * Decree 30/2020 places under the title, and where an electronic signature's visible block goes.
     */
    public String signer() {
        ProvinceProfile p = profile();
        return String.join("\n", p.signerTitle()) + "\n\n\n\n\n" + (p.signerName() == null ? "" : p.signerName());
    }

    /** The signer's title lines alone ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"). */
    public java.util.List<String> signerTitle() {
        return profile().signerTitle();
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
