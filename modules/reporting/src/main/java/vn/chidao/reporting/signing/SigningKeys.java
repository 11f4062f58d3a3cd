package vn.chidao.reporting.signing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's signing key: the PKCS#12 keystore the administrator configures ({@code chidao.signing.keystore},
 * {@code .password}, optionally {@code .alias}), read once; in the demo without one, a test certificate made at start
 * (a new one each start, saying so in its name). Without either, documents cannot be signed and the reason says why.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    /** The demo certificate's names (each within X.509's 64 characters). */
    static final String DEMO_NAME = "Ban Chỉ đạo chuyển đổi số (thử nghiệm)";
    static final String DEMO_ORGANISATION = "Chứng thư thử nghiệm, không có giá trị pháp lý";

    @Inject
    @ConfigProperty(name = "chidao.signing.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "chidao.signing.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "chidao.signing.alias")
    Optional<String> alias;

    @Inject
    @ConfigProperty(name = "chidao.mode", defaultValue = "production")
    String mode;

    private volatile Loaded loaded;

    /** The key, or the reason there is none (not configured, unreadable). */
    public record Loaded(SigningKey key, String problem) {
    }

    public Loaded load() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = read();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded read() {
        String path = keystore.map(String::strip).orElse("");
        if (!path.isEmpty()) {
            try {
                SigningKey key = fromKeystore(Path.of(path), password.orElse("").toCharArray(), alias.map(String::strip).orElse(""));
                LOG.info(() -> "Documents are signed as " + key.subject() + " (certificate valid until "
                        + key.certificate().getNotAfter().toInstant() + ")");
                return new Loaded(key, null);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.severe(() -> "The signing keystore " + path + " cannot be used: " + e.getMessage());
                return new Loaded(null, "keystore unusable: " + e.getMessage());
            }
        }
        if ("demo".equalsIgnoreCase(mode)) {
            LOG.warning(() -> "Demo mode: documents are signed with a test certificate made at start (" + DEMO_NAME + ", "
                    + DEMO_ORGANISATION + ")");
            return new Loaded(testCertificate(DEMO_NAME, DEMO_ORGANISATION), null);
        }
        LOG.info("No signing keystore configured (CHIDAO_SIGNING_KEYSTORE): documents cannot be signed");
        return new Loaded(null, "not configured");
    }

    static SigningKey fromKeystore(Path path, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        String chosen = alias.isEmpty() ? Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no private key in the keystore")) : alias;
        if (!store.isKeyEntry(chosen)) {
            throw new GeneralSecurityException("no private key under the alias " + chosen);
        }
        PrivateKey key = (PrivateKey) store.getKey(chosen, password);
        Certificate[] chain = store.getCertificateChain(chosen);
        X509Certificate signer = (X509Certificate) chain[0];
        signer.checkValidity();
        return new SigningKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A self-signed RSA certificate for signing, valid ten years from yesterday. */
    static SigningKey testCertificate(String commonName, String organisation) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.C, "VN").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demo's test certificate could not be made: " + e.getMessage(), e);
        }
    }
}
