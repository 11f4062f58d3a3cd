package vn.chidao.organization;

import java.util.List;

/**
 * Who this installation is, as its documents say it: the province, the issuing body's two lines (cơ quan chủ
 * quản, cơ quan ban hành), the steering committee's name, the place of the date line ("Đồng Nai, ngày …"), the
 * documents' symbol, recipients (one per line) and the signer (title lines, then the name when set), and the body
 * new documents are issued by unless the secretariat says otherwise.
 */
public record ProvinceProfile(String provinceName, String parentBody, String issuer, String committeeName, String place,
                              String symbol, List<String> recipients, List<String> signerTitle, String signerName,
                              String defaultIssuingBody, long version) {

    public ProvinceProfile {
        recipients = List.copyOf(recipients);
        signerTitle = List.copyOf(signerTitle);
    }
}
