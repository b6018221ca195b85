package ru.portal500.identity.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Logout ends both sessions. {@code request.logout()} lets the OpenID Connect mechanism end the
 * portal's login and send the browser to Keycloak's end-session endpoint with the ID token
 * (see {@code KeycloakLogin}); Keycloak ends its session and returns the browser to the start page.
 * POST only, so that a link or an image elsewhere cannot log a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (securityContext.getCallerPrincipal() != null) {
            request.logout();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the mechanism ended it already
            }
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
