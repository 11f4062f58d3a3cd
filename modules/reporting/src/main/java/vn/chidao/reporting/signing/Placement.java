package vn.chidao.reporting.signing;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the visible signature goes: under the last line of the signer's title on the last page that prints it (the room
 * Decree 30/2020 leaves for the signature and seal), else at the foot of the last page, on the right.
 */
record Placement(int page, PDRectangle rectangle) {

    private static final float MARGIN = 43;

    static Placement find(PDDocument document, List<String> signerTitle, float width, float height) throws IOException {
        String marker = signerTitle.isEmpty() ? null : signerTitle.get(signerTitle.size() - 1).strip();
        float[] found = null;
        int foundPage = -1;
        if (marker != null && !marker.isEmpty()) {
            for (int p = document.getNumberOfPages(); p >= 1 && found == null; p--) {
                if (document.getPage(p - 1).getRotation() != 0) {
                    continue;
                }
                Finder finder = new Finder(marker);
                finder.setStartPage(p);
                finder.setEndPage(p);
                finder.getText(document);
                if (finder.at != null) {
                    found = finder.at;
                    foundPage = p - 1;
                }
            }
        }
        if (found == null) {
            int last = document.getNumberOfPages() - 1;
            PDRectangle box = document.getPage(last).getMediaBox();
            return new Placement(last, new PDRectangle(box.getWidth() - MARGIN - width, MARGIN + 10, width, height));
        }
        PDPage page = document.getPage(foundPage);
        PDRectangle box = page.getMediaBox();
        float centre = (found[0] + found[1]) / 2;
        float x = Math.max(0, Math.min(box.getWidth() - MARGIN - width, centre - width / 2));
        float top = box.getHeight() - found[2] - 6;
        return new Placement(foundPage, new PDRectangle(x, Math.max(0, top - height), width, height));
    }

    /** Finds the last line on a page equal to the marker: its left and right x and its baseline, from the top. */
    private static final class Finder extends PDFTextStripper {

        private final String marker;
        private float[] at;

        Finder(String marker) throws IOException {
            this.marker = java.text.Normalizer.normalize(marker, java.text.Normalizer.Form.NFC);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().equals(marker) && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                at = new float[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), last.getYDirAdj()};
            }
        }
    }
}
