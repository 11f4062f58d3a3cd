package vn.chidao.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Once a browser has reached the site over HTTPS, it never comes back over plain HTTP (HSTS, a year, subdomains too). Only
 * answers sent over HTTPS say so (RFC 6797: a browser ignores it over HTTP anyway), so a plain-HTTP demo is unaffected.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TransportSecurity extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
