package vn.chidao.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

/**
 * HTTPS as a province sets it up: Liberty's transportSecurity with a PKCS12 keystore at a path of its choosing (here made by
 * keytool for the test server). A client that trusts that certificate signs in over TLS; answers over HTTPS carry HSTS,
 * answers over plain HTTP do not.
 */
class HttpsIT {

    @Test
    void theServerAnswersOverTlsWithItsOwnCertificateAndTellsBrowsersToStayThere() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("chidao.keystore")))) {
            trusted.load(in, "chidao-test-keystore".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("chidao.https.port")
                        + "/api/me")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Api.FINANCE_HEAD + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(Api.FINANCE_HEAD);
        assertThat(me.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(me.sslSession()).isPresent();
        assertThat(me.sslSession().get().getProtocol()).isIn("TLSv1.2", "TLSv1.3");
        assertThat(Api.as(Api.FINANCE_HEAD).get("/api/me").header("Strict-Transport-Security")).isNull();

        // a client that does not trust the certificate is not let through silently
        HttpClient stranger = HttpClient.newHttpClient();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> stranger.send(HttpRequest.newBuilder(URI.create(
                "https://localhost:" + System.getProperty("chidao.https.port") + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()))).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }
}
