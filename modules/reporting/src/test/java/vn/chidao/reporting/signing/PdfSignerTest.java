package vn.chidao.reporting.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/** The demo's certificate is a valid one with Vietnamese names, and a PDF signed with it verifies and shows the block. */
class PdfSignerTest {

    @Test
    void theDemoCertificateSignsAPdfWhoseFirstBytesStayTheUnsignedOnes() throws Exception {
        SigningKey key = SigningKeys.testCertificate(SigningKeys.DEMO_NAME, SigningKeys.DEMO_ORGANISATION);
        assertThat(key.signerName()).isEqualTo("Ban Chỉ đạo chuyển đổi số (thử nghiệm)");
        assertThat(key.organisation()).isEqualTo("Chứng thư thử nghiệm, không có giá trị pháp lý");
        byte[] unsigned = document();

        byte[] signed = PdfSigner.sign(unsigned, key, new PdfSigner.Details(List.of("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"), "Đồng Nai",
                "Phát hành văn bản điện tử", ZonedDateTime.of(2026, 12, 1, 8, 30, 15, 0, ZoneId.of("Asia/Ho_Chi_Minh")), Fonts.regular()));

        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(signed))) {
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                        ContentInfo.getInstance(in.readObject()));
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.certificate()))).isTrue();
            }
            // the block stands under the signer's title, on the right
            var widget = document.getPage(0).getAnnotations().get(0);
            assertThat(widget.getRectangle().getLowerLeftX()).isGreaterThan(250);
            assertThat(widget.getRectangle().getUpperRightY()).isLessThan(842 - 120);
            String appearance = new String(widget.getNormalAppearanceStream().getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(appearance).contains("Tj");
        }
    }

    /** A page with the signer's title where Decree 30 puts it (right half), in the reports' font. */
    private static byte[] document() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(Fonts.regular()), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 13);
                content.newLineAtOffset(360, 700);
                content.showText("TM. BAN CHỈ ĐẠO");
                content.newLineAtOffset(10, -16);
                content.showText("TRƯỞNG BAN");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void textOfTheTemplateIsFoundAgainByPdfBox() throws IOException {
        try (PDDocument document = Loader.loadPDF(document())) {
            assertThat(new PDFTextStripper().getText(document)).contains("TRƯỞNG BAN");
        }
    }
}
