package vn.chidao.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    @Test
    void onlyAnswersSentOverHttpsTellTheBrowserToStayOnHttps() throws Exception {
        assertThat(headersFor(true)).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        assertThat(headersFor(false)).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void withARedirectPortPlainHttpGoesToTheSameAddressOverHttpsButHealthChecksStay() throws Exception {
        Map<String, String> sent = headersFor(false, "/tasks.xhtml", 9443);
        assertThat(sent).containsEntry("status", "308").containsEntry("Location", "https://chidao.dongnai.gov.vn:9443/tasks.xhtml?id=7");
        assertThat(headersFor(false, "/health/ready", 9443)).doesNotContainKey("Location");
        assertThat(headersFor(true, "/tasks.xhtml", 9443)).doesNotContainKey("Location").containsKey("Strict-Transport-Security");
        assertThat(TransportSecurity.httpsAddress("chidao.dongnai.gov.vn", "/", null, 443)).isEqualTo("https://chidao.dongnai.gov.vn/");
        assertThat(TransportSecurity.httpsAddress("[::1]:9080", "/api/me", null, 9443)).isEqualTo("https://[::1]:9443/api/me");
        assertThat(TransportSecurity.httpsAddress("[::1]", "/", "a=1", 443)).isEqualTo("https://[::1]/?a=1");
    }

    private static Map<String, String> headersFor(boolean secure) throws Exception {
        return headersFor(secure, "/", -1);
    }

    private static Map<String, String> headersFor(boolean secure, String path, int redirectPort) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getHeader" -> "Host".equals(arguments[0]) ? "chidao.dongnai.gov.vn:9080" : null;
                    case "getQueryString" -> "id=7";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    if ("setHeader".equals(method.getName())) {
                        headers.put((String) arguments[0], (String) arguments[1]);
                    } else if ("setStatus".equals(method.getName())) {
                        headers.put("status", arguments[0].toString());
                    }
                    return null;
                });
        boolean[] passedOn = {false};
        TransportSecurity filter = new TransportSecurity();
        filter.redirectTo(redirectPort);
        filter.doFilter(request, response, (req, res) -> passedOn[0] = true);
        assertThat(passedOn[0]).as("the request goes on unless redirected").isEqualTo(!headers.containsKey("Location"));
        return headers;
    }
}
