package ru.portal500.identity.web;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ru.portal500.identity.infrastructure.OidcSettings;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Logout ends both sessions: the portal's (container logout, session invalidated) and Keycloak's
 * (RP-initiated logout at the realm's end-session endpoint, which then returns the browser to the start page).
 * POST only, so that a link or an image elsewhere cannot log a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String startPage = baseUrl(request) + "/";
        if (securityContext.getCallerPrincipal() == null) {
            response.sendRedirect(startPage);
            return;
        }
        String idToken = openIdContext.getIdentityToken().getToken();
        String endSession = endSessionEndpoint();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(endSession
                + "?client_id=" + encode(settings.getClientId())
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(startPage));
    }

    private String endSessionEndpoint() {
        var metadata = openIdContext.getProviderMetadata();
        if (metadata != null && metadata.get("end_session_endpoint") instanceof JsonString endpoint) {
            return endpoint.getString();
        }
        return settings.getIssuer() + "/protocol/openid-connect/logout";
    }

    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
