package ru.portal500.identity.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a person goes once Keycloak has logged them in: the portal's page they asked for, with its query string
 * ({@code /app/contest.xhtml?id=17}), or the dashboard. The page asked for is the address the OpenID Connect mechanism
 * kept before it sent the browser to Keycloak; only its path and query are used, and only a page under {@code /app/}
 * of this portal is taken, so that no address leads the browser elsewhere after a login.
 */
final class AfterLogin {

    /**
     * The session attribute in which Payara's OpenID Connect mechanism (Soteria 3.0, {@code AuthenticationController})
     * keeps the full address of the protected request that started the login.
     */
    static final String ORIGINAL_REQUEST = "oidc.original.request";

    private AfterLogin() {
    }

    /** The address to send the browser to, relative to the server: the page asked for when it is the portal's. */
    static String target(Object asked, String contextPath) {
        String dashboard = contextPath + "/app/dashboard.xhtml";
        if (!(asked instanceof String address) || address.isBlank()) {
            return dashboard;
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return dashboard;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/app/") || path.contains("/../") || path.contains("//")
                || path.contains("\\") || path.startsWith(contextPath + "/app/jakarta.faces.resource/")) {
            return dashboard;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
