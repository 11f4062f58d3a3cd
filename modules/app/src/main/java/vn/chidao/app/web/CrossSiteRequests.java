package vn.chidao.app.web;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.chidao.kernel.Messages;
import vn.chidao.organization.RequestMarks;

/**
 * A browser sends the session cookie on cross-site requests too: an API change made with it must carry the
 * {@code X-Requested-With} header a cross-site form cannot set. The sign-in has already happened, so the refusal (403)
 * leaves the person's session as it was.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Boolean.TRUE.equals(request.getAttribute(RequestMarks.CROSS_SITE))) {
            response.setStatus(403);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("status", 403)
                    .add("message", Messages.text(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")), "auth.csrf"))
                    .build().toString());
            return;
        }
        chain.doFilter(request, response);
    }
}
