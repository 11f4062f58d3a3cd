package vn.chidao.tasks.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files are accepted as evidence: documents, spreadsheets, scans and photos, recognised by
 * their name <em>and</em> their first bytes, so that a script renamed "report.pdf" is refused.
 */
public final class EvidenceFiles {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};

    private record Kind(String mediaType, byte[]... signatures) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("png", new Kind("image/png", PNG)),
            Map.entry("jpg", new Kind("image/jpeg", JPEG)),
            Map.entry("jpeg", new Kind("image/jpeg", JPEG)),
            Map.entry("tif", new Kind("image/tiff", TIFF_LE, TIFF_BE)),
            Map.entry("tiff", new Kind("image/tiff", TIFF_LE, TIFF_BE)),
            Map.entry("zip", new Kind("application/zip", ZIP)));

    private EvidenceFiles() {
    }

    /** The media type to store, or empty when the name or the content is not an accepted kind. */
    public static Optional<String> accept(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            return Optional.empty();
        }
        for (byte[] signature : kind.signatures()) {
            if (content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
                return Optional.of(kind.mediaType());
            }
        }
        return Optional.empty();
    }

    /** A name safe to show and to put in a download header: no path, no control characters. */
    public static String cleanName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
