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

    private static Map<String, String> headersFor(boolean secure) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> "isSecure".equals(method.getName()) ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    if ("setHeader".equals(method.getName())) {
                        headers.put((String) arguments[0], (String) arguments[1]);
                    }
                    return null;
                });
        boolean[] passedOn = {false};
        new TransportSecurity().doFilter(request, response, (req, res) -> passedOn[0] = true);
        assertThat(passedOn[0]).as("the request goes on").isTrue();
        return headers;
    }
}
