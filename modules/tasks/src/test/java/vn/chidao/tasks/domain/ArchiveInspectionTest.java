package vn.chidao.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.chidao.tasks.domain.ArchiveInspection.Limits;
import vn.chidao.tasks.domain.ArchiveInspection.Problem;

class ArchiveInspectionTest {

    private static final Limits SMALL = new Limits(5, 1_000_000, 50, 100_000, 2);

    @Test
    void anOrdinaryArchiveMayBeStored() throws IOException {
        byte[] office = zip("[Content_Types].xml", text(200), "word/document.xml", text(5_000), "word/media/", new byte[0]);
        assertThat(ArchiveInspection.inspect(office, SMALL)).isEmpty();
    }

    @Test
    void tooManyEntriesTooManyBytesAndABombRatioAreEachNamed() throws IOException {
        assertThat(ArchiveInspection.inspect(zip("1", text(1), "2", text(1), "3", text(1), "4", text(1), "5", text(1), "6", text(1)),
                SMALL)).contains(Problem.ENTRIES);
        assertThat(ArchiveInspection.inspect(zip("a", text(600_000), "b", text(600_000)), SMALL)).contains(Problem.SIZE);
        assertThat(ArchiveInspection.inspect(zip("zeros", new byte[900_000]), SMALL)).contains(Problem.RATIO);
        // a high ratio on a small archive is harmless
        assertThat(ArchiveInspection.inspect(zip("zeros", new byte[90_000]), SMALL)).isEmpty();
    }

    @Test
    void theBytesAreCountedWhileInflatingNotTakenFromTheHeaders() throws IOException {
        byte[] archive = zip("a", new byte[1_500_000]);
        // the central directory claims a tiny size: ignored
        assertThat(ArchiveInspection.inspect(archive, new Limits(5, 1_000_000, 100_000, 100_000, 2))).contains(Problem.SIZE);
    }

    @Test
    void namesThatLeaveTheirFolderAreRefused() throws IOException {
        for (String name : new String[] {"../x", "a/../../x", "/etc/passwd", "C:/Windows/x", "a\\..\\..\\x"}) {
            assertThat(ArchiveInspection.inspect(zip(name, text(3)), SMALL)).as(name).contains(Problem.PATH);
        }
        assertThat(ArchiveInspection.escapes("bao-cao..v2.pdf")).isFalse();
        assertThat(ArchiveInspection.escapes("thu-muc/..hidden")).isFalse();
    }

    @Test
    void nestedArchivesAreOpenedAgainstTheSameBudgetAndToALimitedDepth() throws IOException {
        byte[] inner = zip("zeros", new byte[600_000]);
        assertThat(ArchiveInspection.inspect(zip("one.zip", inner, "two.zip", inner), SMALL)).contains(Problem.SIZE);
        byte[] slip = zip("../../x", text(3));
        assertThat(ArchiveInspection.inspect(zip("inner.zip", slip), SMALL)).contains(Problem.PATH);
        assertThat(ArchiveInspection.inspect(zip("b.zip", zip("c.zip", zip("d.txt", text(3)))), SMALL)).contains(Problem.DEPTH);
    }

    @Test
    void aBrokenArchiveIsUnreadable() {
        assertThat(ArchiveInspection.inspect(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, SMALL)).contains(Problem.UNREADABLE);
        assertThat(ArchiveInspection.isZip("%PDF-".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    private static byte[] text(int size) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < size; i++) {
            text.append(Integer.toHexString(i * 2_654_435_761L > 0 ? i * 31 : i)).append(' ');
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
