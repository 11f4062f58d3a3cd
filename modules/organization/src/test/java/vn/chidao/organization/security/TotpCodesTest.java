package vn.chidao.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238's SHA-1 secret "12345678901234567890", Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreRfc6238s() {
        // RFC 6238, appendix B: 94287082 at T=59, 07081804 at T=1111111109 (8 digits; 6 are the last six)
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1_111_111_109)))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedForItsStepOrOneEitherSideAndNeverAgain() {
        Instant now = Instant.ofEpochSecond(1_111_111_109);
        long step = TotpCodes.step(now);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step), now, Long.MIN_VALUE)).hasValue(step);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 2), now, Long.MIN_VALUE)).isEmpty();
        // replay: the step already accepted, or an earlier one, is refused
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, " 081 804 ", now, Long.MIN_VALUE)).hasValue(step);
        assertThat(TotpCodes.match(RFC_SECRET, "08180", now, Long.MIN_VALUE)).isEmpty();
        assertThat(TotpCodes.match(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void theEnrolmentAddressAndQrCodeAreMadeHere() {
        String secret = TotpCodes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        String uri = TotpCodes.uri(secret, "Chi Dao Đồng Nai", "thuongtruc@dongnai.gov.vn");
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret, "period=30", "digits=6");
        assertThat(TotpCodes.qrSvg(uri)).startsWith("<svg").contains("<path").endsWith("</svg>");
    }
}
