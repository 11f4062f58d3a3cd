package vn.chidao.reporting.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** A private key and its certificate chain (the signer's first), as a keystore holds them. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's subject as people read it: its common name, else the whole name. */
    public String signerName() {
        return attribute(BCStyle.CN);
    }

    /** The organisation the certificate names (O), or null. */
    public String organisation() {
        String o = attribute(BCStyle.O);
        return o.equals(subject()) ? null : o;
    }

    public String subject() {
        return X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded()).toString();
    }

    private String attribute(org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded()).getRDNs(type);
        if (rdns.length == 0) {
            return subject();
        }
        // the value as written, not escaped for a distinguished name ("a, b" rather than "a\\, b")
        return rdns[0].getFirst().getValue() instanceof ASN1String text ? text.getString()
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
