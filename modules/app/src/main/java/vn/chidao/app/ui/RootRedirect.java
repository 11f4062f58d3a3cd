package vn.chidao.app.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The bare address opens the dashboard, which sign-in protects like every page. (A servlet mapped
 * to the context root is not reached on Liberty — its file servlet answers 404 — hence a filter.)
 */
@WebFilter("/*")
public class RootRedirect extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("/".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                || request.getRequestURI().equals(request.getContextPath() + "/")) {
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
