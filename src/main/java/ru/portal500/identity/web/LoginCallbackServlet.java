package ru.portal500.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak returns the browser to {@code /callback}; the OpenID Connect mechanism has completed the
 * login before this runs and normally redirects to the page first asked for. Whoever lands here
 * anyway (a stale or replayed callback) is sent to the dashboard, which asks for a login if needed.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/app/dashboard.xhtml");
    }
}
