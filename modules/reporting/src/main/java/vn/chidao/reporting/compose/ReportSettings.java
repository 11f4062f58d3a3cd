package vn.chidao.reporting.compose;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the province prints on its documents: the issuing body, the place, the symbol, the
 * recipients and the signer's title. Set through server variables (CHIDAO_REPORTS_…); "|" separates lines.
 */
@ApplicationScoped
public class ReportSettings {

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

    @Inject
    @ConfigProperty(name = "chidao.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    public String parentBody() {
        return parentBody;
    }

    public String issuer() {
        return issuer;
    }

    public String place() {
        return place;
    }

    public String symbol() {
        return symbol;
    }

    public String recipients() {
        return String.join("\n", List.of(recipients.split("\\|")));
    }

    public String signer() {
        return String.join("\n", List.of(signer.split("\\|")));
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(zone);
    }
}
