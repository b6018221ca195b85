package ru.portal500.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak returns the browser to {@code /callback}; the OpenID Connect mechanism has completed the
 * login (code exchanged, tokens checked, session registered) before this runs. The user goes on to
 * the dashboard; a stale or replayed callback ends there too, and the dashboard asks for a login.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/app/dashboard.xhtml");
    }
}
