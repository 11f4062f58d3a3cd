package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/**
 * A briefing issued as an electronic document: signed (PAdES) with the certificate the administrator configured, checked
 * by poppler's pdfsig and by PDFBox with Bouncy Castle, the unsigned file's bytes and hash untouched, a changed byte
 * caught; only the secretariat signs, once.
 */
class SigningIT {

    private static final String SIGNER = "Ban Chi dao chuyen doi so tinh Dong Nai - kiem thu";

    private final Api secretariat = Api.as(Api.SECRETARIAT);

    @Test
    void aSignedBriefingVerifiesIndependentlyAndKeepsTheUnsignedBytes() throws Exception {
        JsonObject original = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"documentId\":" + Demo.document("382/KH-UBND") + "}")
                .json();
        int id = original.getInt("id");
        byte[] unsigned = secretariat.download("/api/reports/" + id + "/content").body();

        assertThat(Api.as(Api.FINANCE_HEAD).post("/api/reports/" + id + "/signature", "{}").status()).isEqualTo(403);
        assertThat(Api.as(Api.COMMITTEE).post("/api/reports/" + id + "/signature", "{}").status()).isEqualTo(403);
        Api.Reply signing = secretariat.post("/api/reports/" + id + "/signature", "{}");
        assertThat(signing.status()).as(signing.toString()).isEqualTo(201);
        JsonObject copy = signing.json();
        assertThat(copy.getInt("signedFrom")).isEqualTo(id);
        assertThat(copy.getString("signer")).contains("CN=" + SIGNER);
        assertThat(copy.getString("fileName")).endsWith("-da-ky-so.pdf");
        byte[] signed = secretariat.download("/api/reports/" + copy.getInt("id") + "/content").body();

        // the archive's hash is the signed file's; the signed file begins with the unsigned one, whose hash still holds
        assertThat(sha256(signed)).isEqualTo(copy.getString("sha256"));
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
        assertThat(sha256(Arrays.copyOf(signed, unsigned.length))).isEqualTo(original.getString("sha256"));

        // poppler, which shares no code with the product, finds one valid PAdES signature by the configured signer
        String pdfsig = pdfsig(signed);
        assertThat(pdfsig).contains("Signature Validation: Signature is Valid.", "Signer Certificate Common Name: " + SIGNER,
                "Signature Type: ETSI.CAdES.detached", "Total document signed");
        // PDFBox and Bouncy Castle agree, and the signature is PAdES-shaped: signing certificate v2, no signing-time
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            assertThat(verify(signatures.get(0), signed)).isTrue();
            SignerInformation signer = signer(signatures.get(0), signed);
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            // the visible block stands where the signer's title leaves room, on the page that prints it
            String title = secretariat.get("/api/settings").json().getJsonArray("signerTitle").getString(0);
            int page = Pdfs.pageWith(signed, title);
            PDPage signedPage = document.getPage(page - 1);
            List<PDAnnotation> widgets = signedPage.getAnnotations().stream().filter(a -> "Widget".equals(a.getSubtype())).toList();
            assertThat(widgets).as("the signature's widget on page " + page).hasSize(1);
            assertThat(widgets.get(0).getRectangle().getLowerLeftX()).as("in the signer's half").isGreaterThan(250);
        }
        Path picture = Pdfs.renderPage(signed, Pdfs.pageWith(signed, "Nơi nhận:"), "signed-briefing");
        assertThat(picture).exists();

        // one byte changed after signing: both checks fail
        byte[] tampered = signed.clone();
        int at = unsigned.length / 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(pdfsig(tampered)).contains("Digest Mismatch").doesNotContain("Signature is Valid.");
        try (PDDocument document = Loader.loadPDF(tampered)) {
            assertThat(verify(document.getSignatureDictionaries().get(0), tampered)).isFalse();
        }

        // a report is signed once; a signed copy is not signed again; an XLSX is not signed
        assertThat(secretariat.post("/api/reports/" + id + "/signature", "{}").status()).isEqualTo(409);
        assertThat(secretariat.post("/api/reports/" + copy.getInt("id") + "/signature", "{}").status()).isEqualTo(409);
        int sheet = secretariat.post("/api/reports", "{\"kind\":\"BRIEFING\",\"format\":\"XLSX\"}").json().getInt("id");
        Api.Reply refused = secretariat.post("/api/reports/" + sheet + "/signature", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("PDF");
        assertThat(Api.as(Api.ADMIN).get("/api/audit?action=DOCUMENT_SIGNED").body()).contains("report " + id);
    }

    @Test
    void twoClerksSigningTheSameReportAtOnceMakeOneSignedCopy() {
        int id = secretariat.post("/api/reports", "{\"kind\":\"EVALUATION\",\"period\":\"2025-Q3\"}").json().getInt("id");
        List<java.util.concurrent.CompletableFuture<Integer>> signing = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            signing.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> Api.as(Api.SECRETARIAT).post("/api/reports/" + id + "/signature", "{}").status()));
        }
        assertThat(signing.stream().map(java.util.concurrent.CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
    }

    private static boolean verify(PDSignature signature, byte[] pdf) throws Exception {
        SignerInformation signer = signer(signature, pdf);
        CMSSignedData cms = cms(signature, pdf);
        X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException mismatch) {
            return false;
        }
    }

    private static SignerInformation signer(PDSignature signature, byte[] pdf) throws Exception {
        return cms(signature, pdf).getSignerInfos().getSigners().iterator().next();
    }

    /** The CMS in /Contents, read up to its end (the field is padded with zeros to its reserved size). */
    private static CMSSignedData cms(PDSignature signature, byte[] pdf) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
            return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), ContentInfo.getInstance(in.readObject()));
        }
    }

    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("chidao-signed-", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
