package vn.chidao.tasks.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a ZIP container (a .zip, and the Office and OpenDocument formats, which are ZIPs) before it is stored:
 * how many entries, how many bytes they really inflate to (counted while inflating, never taken from the headers),
 * the ratio of the whole, and entry names that would climb out of a folder when unpacked. Archives inside the
 * archive are opened too, to a depth of three, against the same budget.
 */
public final class ArchiveInspection {

    /** What is wrong with an archive: a message key of the tasks bundle. */
    public enum Problem {
        ENTRIES("evidence.archive.entries"),
        SIZE("evidence.archive.size"),
        RATIO("evidence.archive.ratio"),
        PATH("evidence.archive.path"),
        DEPTH("evidence.archive.depth"),
        UNREADABLE("evidence.archive.unreadable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The limits: {@code ratio} applies once the inflated total passes {@code ratioFloorBytes}. */
    public record Limits(int maxEntries, long maxInflatedBytes, int maxRatio, long ratioFloorBytes, int maxDepth) {

        /** Generous for real office documents (an .xlsx of a whole plan inflates about ten times), tight for bombs. */
        public static final Limits DEFAULT = new Limits(10_000, 200L * 1024 * 1024, 100, 10L * 1024 * 1024, 3);
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final Limits limits;
    private int entries;
    private long inflated;

    private ArchiveInspection(Limits limits) {
        this.limits = limits;
    }

    /** Whether {@code bytes} start like a ZIP archive. */
    public static boolean isZip(byte[] bytes) {
        return startsWithZip(bytes, bytes.length);
    }

    /** The first problem found in the archive, or empty when it may be stored. */
    public static Optional<Problem> inspect(byte[] archive, Limits limits) {
        ArchiveInspection inspection = new ArchiveInspection(limits);
        try {
            return inspection.walk(archive, 1).or(() -> inspection.ratio(archive.length));
        } catch (IOException | IllegalArgumentException e) {
            // a broken, encrypted or oddly encoded archive: nobody downstream could open it either
            return Optional.of(Problem.UNREADABLE);
        }
    }

    private Optional<Problem> walk(byte[] archive, int depth) throws IOException {
        if (depth > limits.maxDepth()) {
            return Optional.of(Problem.DEPTH);
        }
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                any = true;
                if (++entries > limits.maxEntries()) {
                    return Optional.of(Problem.ENTRIES);
                }
                if (escapes(entry.getName())) {
                    return Optional.of(Problem.PATH);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream nested = new ByteArrayOutputStream();
                Optional<Problem> problem = inflate(zip, nested);
                if (problem.isPresent()) {
                    return problem;
                }
                byte[] content = nested.toByteArray();
                if (startsWithZip(content, content.length)) {
                    problem = walk(content, depth + 1);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        return any ? Optional.empty() : Optional.of(Problem.UNREADABLE);
    }

    /**
     * Inflates one entry, counting every byte against the whole archive's budget; keeps the bytes only while they
     * could be a nested archive (their first bytes say so), so a large plain entry costs no memory.
     */
    private Optional<Problem> inflate(InputStream entry, ByteArrayOutputStream keep) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        boolean keeping = true;
        boolean decided = false;
        for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
            inflated += n;
            if (inflated > limits.maxInflatedBytes()) {
                return Optional.of(Problem.SIZE);
            }
            if (keeping) {
                keep.write(buffer, 0, n);
                if (!decided && keep.size() >= ZIP.length) {
                    decided = true;
                    keeping = startsWithZip(keep.toByteArray(), ZIP.length);
                }
            }
        }
        if (!keeping) {
            keep.reset();
        }
        return Optional.empty();
    }

    private Optional<Problem> ratio(long compressed) {
        if (inflated > limits.ratioFloorBytes() && inflated / Math.max(1, compressed) > limits.maxRatio()) {
            return Optional.of(Problem.RATIO);
        }
        return Optional.empty();
    }

    /** A name that is absolute, has a drive letter or a ".." segment (either slash): unpacking it writes elsewhere. */
    static boolean escapes(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithZip(byte[] bytes, int length) {
        if (length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }
}
