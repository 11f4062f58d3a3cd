package vn.chidao.organization;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chidao.kernel.RuleViolation;
import vn.chidao.organization.domain.Settings;

/**
 * The installation's identity ({@link ProvinceProfile}), read by every document, page and message as it is now and
 * changed by its administrator on a page, without a restart; every change is kept in the history. The server's
 * variables (CHIDAO_REPORTS_*, CHIDAO_PROVINCE_NAME) are only what a new installation starts with.
 */
@ApplicationScoped
@Transactional
public class Installation {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "chidao.province.name", defaultValue = "Bình Phước")
    String provinceName;

    @Inject
    @ConfigProperty(name = "chidao.reports.parent-body", defaultValue = "UBND TỈNH BÌNH PHƯỚC")
    String parentBody;

    @Inject
    @ConfigProperty(name = "chidao.reports.issuer", defaultValue = "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ")
    String issuer;

    @Inject
    @ConfigProperty(name = "chidao.reports.place", defaultValue = "Bình Phước")
    String place;

    @Inject
    @ConfigProperty(name = "chidao.reports.symbol", defaultValue = "BC-BCĐ")
    String symbol;

    @Inject
    @ConfigProperty(name = "chidao.reports.recipients", defaultValue = "- Thường trực Tỉnh ủy;|- Thường trực HĐND tỉnh;"
            + "|- Chủ tịch, các PCT UBND tỉnh;|- Thành viên Ban Chỉ đạo;|- Các sở, ban, ngành;|- UBND các huyện, thị xã, thành phố;"
            + "|- Lưu: VT, SKHCN.")
    String recipients;

    @Inject
    @ConfigProperty(name = "chidao.reports.signer", defaultValue = "TM. BAN CHỈ ĐẠO|TRƯỞNG BAN")
    String signer;

    /** The identity as it is now; on a new installation, what the server's variables say. */
    public ProvinceProfile profile() {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings == null) {
            settings = new Settings(defaults());
            em.persist(settings);
            em.flush();
        }
        return settings.view();
    }

    /** The administrator changes the identity, every field at once, at the version they saw (409 otherwise). */
    public ProvinceProfile change(ProvinceProfile changed, Caller caller) {
        if (!caller.roles().contains(Role.ADMIN)) {
            throw RuleViolation.forbidden("auth.forbidden");
        }
        profile();
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.version() != changed.version()) {
            throw RuleViolation.conflict("version", "request.conflict");
        }
        settings.apply(changed);
        em.flush();
        return settings.view();
    }

    private ProvinceProfile defaults() {
        return new ProvinceProfile(provinceName, parentBody, issuer, "Ban Chỉ đạo chuyển đổi số tỉnh " + provinceName, place, symbol,
                lines(recipients), lines(signer), null, "UBND tỉnh " + provinceName, 0);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\|")).toList();
    }
}
