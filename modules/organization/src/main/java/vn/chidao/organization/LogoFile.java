package vn.chidao.organization;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.imageio.ImageIO;

/** The installation's emblem as served to the sign-in page: a PNG or JPEG picture, nothing that could carry script. */
public record LogoFile(byte[] content, String contentType) {

    public static final int MAX_BYTES = 512 * 1024;
    private static final int MAX_SIDE = 4096;

    public LogoFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** "image/png" or "image/jpeg" when the bytes are such a picture (read whole, not judged by a name); empty otherwise. */
    static Optional<String> pictureType(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        boolean png = (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
        if (!png && !jpeg) {
            return Optional.empty();
        }
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
            if (picture == null || picture.getWidth() > MAX_SIDE || picture.getHeight() > MAX_SIDE) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(png ? "image/png" : "image/jpeg");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
