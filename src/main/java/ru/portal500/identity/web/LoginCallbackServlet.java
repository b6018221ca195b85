package ru.portal500.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.application.LoggedIn;
import jakarta.enterprise.event.Event;
import ru.portal500.identity.domain.AuditEventType;

import java.io.IOException;

/**
 * Keycloak returns the browser to {@code /callback}; the OpenID Connect mechanism has completed the
 * login (code exchanged, tokens checked, session registered) before this runs. The user goes on to
 * the page they asked for ({@link AfterLogin}: a link to {@code /app/contest.xhtml?id=17} opened logged out ends
 * there), else to the dashboard; a stale or replayed callback ends on the dashboard, which asks for a login.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    private static final String LOGIN_RECORDED = LoginCallbackServlet.class.getName() + ".recorded";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Event<LoggedIn> loggedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Once per session: a reload of /callback is not another login.
        if (currentCaller.get().isAuthenticated() && request.getSession().getAttribute(LOGIN_RECORDED) == null) {
            request.getSession().setAttribute(LOGIN_RECORDED, Boolean.TRUE);
            audit.record(AuditEventType.LOGIN, null, currentCaller.get().getUsername(), "browser");
            loggedIn.fire(new LoggedIn(currentCaller.get()));
        }
        Object asked = null;
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && currentCaller.get().isAuthenticated()) {
            asked = session.getAttribute(AfterLogin.ORIGINAL_REQUEST);
            session.removeAttribute(AfterLogin.ORIGINAL_REQUEST);
        }
        response.sendRedirect(AfterLogin.target(asked, request.getContextPath()));
    }
}
