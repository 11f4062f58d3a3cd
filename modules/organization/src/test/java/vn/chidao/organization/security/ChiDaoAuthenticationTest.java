package vn.chidao.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ChiDaoAuthenticationTest {

    @Test
    void aPageSessionEndsItsLifetimeAfterSignInHoweverBusyItIs() {
        ChiDaoAuthentication.SignedIn caller = new ChiDaoAuthentication.SignedIn("giamdoc.stc@chidao.local", Set.of("UNIT_HEAD"),
                Instant.parse("2026-11-30T08:00:00Z"), false);
        Duration twelveHours = Duration.ofHours(12);
        assertThat(ChiDaoAuthentication.outlived(caller, Instant.parse("2026-11-30T19:59:59Z"), twelveHours)).isFalse();
        assertThat(ChiDaoAuthentication.outlived(caller, Instant.parse("2026-11-30T20:00:00Z"), twelveHours)).isTrue();
    }

    @Test
    void aSignInFormMustComeFromThisSite() {
        assertThat(ChiDaoAuthentication.sameOrigin(request(Map.of("Host", "chidao.dongnai.gov.vn", "Origin",
                "https://chidao.dongnai.gov.vn")))).isTrue();
        assertThat(ChiDaoAuthentication.sameOrigin(request(Map.of("Host", "chidao.dongnai.gov.vn", "Origin", "https://evil.example"))))
                .isFalse();
        assertThat(ChiDaoAuthentication.sameOrigin(request(Map.of("Host", "localhost:9080", "Referer",
                "http://localhost:9080/login.xhtml")))).as("no Origin: the Referer").isTrue();
        assertThat(ChiDaoAuthentication.sameOrigin(request(Map.of("Host", "localhost:9080", "Origin", "null")))).as("an opaque origin")
                .isFalse();
        assertThat(ChiDaoAuthentication.sameOrigin(request(Map.of("Host", "localhost:9080")))).as("not a browser").isTrue();
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> "getHeader".equals(method.getName()) ? headers.get((String) arguments[0]) : null);
    }

    @Test
    void anAccountStillToEnrolReachesOnlyWhatEnrolmentNeeds() {
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/account.xhtml")).isTrue();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/api/me/second-factor/enrolment")).isTrue();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/jakarta.faces.resource/theme.css")).isTrue();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/api/me")).isTrue();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/api/me/tokens")).isFalse();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/tasks.xhtml")).isFalse();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/api/tasks")).isFalse();
        assertThat(ChiDaoAuthentication.allowedDuringEnrolment("/account.xhtmlx")).isFalse();
    }
}
