package ru.portal500.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who the portal is to it, from MicroProfile Config
 * ({@code PORTAL_OIDC_ISSUER}, {@code PORTAL_OIDC_CLIENT_ID}, {@code PORTAL_OIDC_CLIENT_SECRET},
 * {@code PORTAL_OIDC_AUDIENCE}). Named, so that the OpenID Connect definition can read it by EL.
 * The secret is never logged nor shown.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "portal.oidc.audience")
    String audience;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The audience an API bearer token must name: the portal's client id unless configured otherwise. */
    public String getAudience() {
        return audience;
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + "]";
    }
}
