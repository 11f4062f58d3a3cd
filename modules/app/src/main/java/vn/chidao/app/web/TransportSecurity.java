package vn.chidao.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Once a browser has reached the site over HTTPS, it never comes back over plain HTTP (HSTS, a year, subdomains too). Only
 * answers sent over HTTPS say so (RFC 6797: a browser ignores it over HTTP anyway), so a plain-HTTP demo is unaffected.
 * With {@code CHIDAO_HTTPS_REDIRECT_PORT} set, a request over plain HTTP is sent to the same address over HTTPS (308, so
 * a POST stays a POST) — except the health checks, which a load balancer makes over plain HTTP.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TransportSecurity extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private int redirectPort = -1;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        redirectPort = ConfigProvider.getConfig().getOptionalValue("chidao.https.redirectPort", Integer.class).orElse(-1);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        } else if (redirectPort > 0 && !request.getRequestURI().startsWith(request.getContextPath() + "/health")) {
            response.setStatus(308);
            response.setHeader("Location", httpsAddress(request.getHeader("Host"), request.getRequestURI(), request.getQueryString(),
                    redirectPort));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The same address over HTTPS: the host as the browser named it, the HTTPS port (left out when 443). */
    static String httpsAddress(String hostHeader, String path, String query, int port) {
        String host = hostHeader == null ? "localhost" : hostHeader.strip();
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            host = host.substring(0, colon);
        }
        return "https://" + host + (port == 443 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }

    void redirectTo(int port) {
        redirectPort = port;
    }
}
