package vn.chidao.organization.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.chidao.organization.AuditLog;

/** Ends the session for real: the container's login and the HTTP session both go. */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.recordQuietly(request.getUserPrincipal().getName(), request.getRemoteAddr(), AuditLog.Action.SIGN_OUT, null, null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + ChiDaoAuthentication.SIGN_IN_PAGE + "?signedOut=1");
    }
}
