package ru.portal500.identity.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.infrastructure.BearerTokenVerifier;
import ru.portal500.identity.infrastructure.InvalidBearerTokenException;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * Every call under {@code /api} carries a Keycloak access token ({@code Authorization: Bearer …});
 * without a valid one the answer is 401 with a JSON reason, before any resource runs. Reads of public
 * data ({@code GET /api/public/…}) are the exception: without a token the caller is anonymous.
 */
@WebFilter(filterName = "BearerTokenFilter", urlPatterns = "/api/*")
public class BearerTokenFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    private static final String PREFIX = "Bearer ";
    private static final String PUBLIC = "/api/public/";

    @Inject
    BearerTokenVerifier verifier;

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null && isPublicRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            refuse(request, response, "unauthorized", "api.error.token.missing");
            return;
        }
        Caller caller;
        try {
            caller = verifier.verify(header.substring(PREFIX.length()).trim());
        } catch (InvalidBearerTokenException e) {
            // The reason goes to the log for the operator; the token itself never does.
            LOG.fine(() -> "Bearer token refused: " + e.getMessage());
            audit.record(AuditEventType.TOKEN_REFUSED, null, request.getRequestURI(), clip(e.getMessage()));
            refuse(request, response, "invalid_token", "api.error.token.invalid");
            return;
        }
        request.setAttribute(CurrentCaller.BEARER_CALLER, caller);
        chain.doFilter(new AuthenticatedRequest(request, caller), response);
    }

    /** Reads under {@code /api/public/} (the practice bank) need no token; a token sent is still checked. */
    static boolean isPublicRead(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getRequestURI().startsWith(request.getContextPath() + PUBLIC);
    }

    private static String clip(String reason) {
        return reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String error, String key)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"portal500\", error=\"" + error + "\"");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("error", error)
                .add("message", Texts.get(Texts.of(request), key))
                .build().toString());
    }

    /** Lets JAX-RS see the token's caller and roles through the standard servlet calls. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
        private final Caller caller;

        AuthenticatedRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller::getUsername;
        }

        @Override
        public String getRemoteUser() {
            return caller.getUsername();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.getRoles().stream().anyMatch(r -> r.keycloakName().equals(role));
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }
    }
}
