package vn.chidao.reporting.signing;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as an electronic document is signed (PAdES baseline B-B: a detached CAdES signature with the signing
 * certificate's hash among its signed attributes and no signing-time attribute, the time in the signature dictionary),
 * with a visible block where the signer's title leaves room for the signature, or at the foot of the last page. The
 * signature is an incremental update: the signed file begins with the unsigned file's bytes, unchanged.
 */
public final class PdfSigner {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx");
    private static final float BLOCK_WIDTH = 210;
    private static final float BLOCK_HEIGHT = 58;
    private static final int SIGNATURE_SIZE = 32 * 1024;

    /** What the visible block and the signature dictionary say besides the certificate. */
    public record Details(List<String> signerTitle, String location, String reason, ZonedDateTime at, byte[] font) {
    }

    private PdfSigner() {
    }

    public static byte[] sign(byte[] pdf, SigningKey key, Details details) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Placement place = Placement.find(document, details.signerTitle(), BLOCK_WIDTH, BLOCK_HEIGHT);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.signerName());
            signature.setLocation(details.location());
            signature.setReason(details.reason());
            signature.setSignDate(GregorianCalendar.from(details.at()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 64 * 1024);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setPage(place.page());
                options.setVisualSignature(appearance(document.getPage(place.page()), place.rectangle(), key, details));
                document.addSignature(signature, content -> cms(content, key), options);
                document.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be signed: " + e.getMessage(), e);
        }
    }

    /** A one-page document holding the signature field's widget and its appearance, as PDFBox takes a visible signature. */
    private static InputStream appearance(PDPage target, PDRectangle rectangle, SigningKey key, Details details) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            page.setRotation(target.getRotation());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rectangle);

            PDFormXObject holder = new PDFormXObject(new PDStream(template));
            holder.setResources(new PDResources());
            holder.setFormType(1);
            holder.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(holder.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDFont font = PDType0Font.load(template, new ByteArrayInputStream(details.font()), true);
            List<String> lines = new ArrayList<>();
            float size = 9;
            float inner = rectangle.getWidth() - 8;
            lines.addAll(wrap("Ký bởi: " + key.signerName(), font, size, inner));
            if (key.organisation() != null) {
                lines.addAll(wrap("Cơ quan: " + key.organisation(), font, size, inner));
            }
            lines.addAll(wrap("Thời gian ký: " + TIME.format(details.at()), font, size, inner));
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                content.setStrokingColor(new Color(0xC6, 0x28, 0x28));
                content.setLineWidth(1.2f);
                content.addRect(1, 1, rectangle.getWidth() - 2, rectangle.getHeight() - 2);
                content.stroke();
                content.beginText();
                content.setFont(font, size);
                content.setNonStrokingColor(new Color(0x0D, 0x47, 0xA1));
                float leading = size * 1.25f;
                content.setLeading(leading);
                content.newLineAtOffset(4, rectangle.getHeight() - 4 - size);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.save(bytes);
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The detached CMS signature over the byte ranges PDFBox hands over. */
    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
            byte[] certificate = key.certificate().getEncoded();
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            key.certificate().getIssuerX500Principal().getEncoded()))), key.certificate().getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(new AttributeTable(attributes)))
                    .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        }
    }

    /** The standard signed attributes less signing-time, which PAdES leaves to the signature dictionary. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

        PadesAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
