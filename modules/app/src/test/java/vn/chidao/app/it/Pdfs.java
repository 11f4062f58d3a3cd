package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a person would: its text (NFC, lines joined), its fonts, its first page as a picture. */
final class Pdfs {

    private Pdfs() {
    }

    /** The text of every page, NFC-normalised, with line breaks as spaces so wrapped cells still match. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s*\\R\\s*", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertEveryFontEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                }
            }
            assertThat(fonts).isPositive();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 as a PNG under target/reports, with the PDF beside it: test artefacts for a person to look at. */
    static Path renderFirstPage(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page (1-based) as a PNG under target/reports, for a person to look at. */
    static Path renderPage(byte[] pdf, int page, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page - 1, 110), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based), NFC, lines joined. */
    static String pageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s*\\R\\s*", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page (1-based) whose text contains {@code words}. */
    static int pageWith(byte[] pdf, String words) {
        for (int page = 1; page <= pages(pdf); page++) {
            if (pageText(pdf, page).contains(words)) {
                return page;
            }
        }
        throw new AssertionError("no page says " + words);
    }

    /** Whether a page (1-based) is shown wider than it is high (its box turned a quarter counts as turned). */
    static boolean landscape(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage p = document.getPage(page - 1);
            var box = p.getMediaBox();
            return (p.getRotation() % 180 == 0) == box.getWidth() > box.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
