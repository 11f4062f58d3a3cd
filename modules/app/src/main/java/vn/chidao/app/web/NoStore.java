package vn.chidao.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Nothing a signed-in person sees is kept by a browser or a proxy (ASVS 5.0, 14.3): every API answer, page, export, report
 * and evidence download says {@code Cache-Control: no-store}. Static resources (styles, scripts, fonts) are not filtered and
 * stay cacheable; the sign-in page's logo says otherwise itself.
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml", "/signin", "/signout"}, asyncSupported = true)
public class NoStore extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, response);
    }
}
