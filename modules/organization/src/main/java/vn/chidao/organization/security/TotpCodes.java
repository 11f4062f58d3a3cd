package vn.chidao.organization.security;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps — what every authenticator app reads from a QR
 * code) made by otp-java; which step a code belongs to is decided here, so that a code is accepted once only.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);

    private TotpCodes() {
    }

    /** A new shared secret of 160 bits, Base32. */
    public static String newSecret() {
        return new String(SecretGenerator.generate(160), StandardCharsets.US_ASCII);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of one step. */
    public static String code(String secret, long step) {
        return generator(secret).at(Instant.ofEpochSecond(step * STEP.getSeconds()));
    }

    /**
     * The step whose code {@code code} is — this step, the one before or the one after (a phone's clock a little off) — and
     * only if it comes after {@code lastAccepted}; empty otherwise.
     */
    public static OptionalLong match(String secret, String code, Instant now, long lastAccepted) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            // every candidate compared, in constant time: the answer's timing says nothing about which step matched
            boolean same = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastAccepted && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The {@code otpauth://} address an authenticator app reads: the issuer and the account shown in the app. */
    public static String uri(String secret, String issuer, String account) {
        try {
            return generator(secret).getURI(issuer, account).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address as a QR code in SVG, drawn from ZXing's matrix (no image library, nothing fetched from elsewhere). */
    public static String qrSvg(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    private static TOTPGenerator generator(String secret) {
        return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII))
                .withHOTPGenerator(hotp -> {
                    hotp.withPasswordLength(6);
                    hotp.withAlgorithm(HMACAlgorithm.SHA1);
                })
                .withPeriod(STEP)
                .build();
    }
}
