package ru.portal500.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser login through Keycloak's own page (OpenID Connect authorization code flow).
 * The definition must sit on a CDI bean for Payara to activate it. Roles reach the portal in the
 * {@code groups} claim (a realm-role mapper in {@code realm-config/}).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.issuer}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Soteria 3.0.3 fails (NPE in RequestData.getParameters) when it replays the original request;
        // the login ends at /callback instead, which sends the user on to the page they asked for (the address the
        // mechanism keeps in the session before it goes to Keycloak; LoginCallbackServlet, AfterLogin).
        redirectToOriginalResource = false,
        // When the access token expires the session refreshes its tokens, so that a granted or revoked
        // role reaches an open browser session within the token's lifespan (5 minutes in the realm).
        tokenAutoRefresh = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // Logout also ends the Keycloak session (RP-initiated logout with id_token_hint), then the start page.
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@ApplicationScoped
public class KeycloakLogin {
}
