package ru.portal500.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.tenancy.domain.CallerScopes;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;
import java.util.Optional;

/**
 * The caller of the current request: from the bearer token on {@code /api}, from the Keycloak
 * login session in the browser, or a visitor. Services take the caller from here, never from a
 * parameter the client sends.
 */
@Named("currentCaller")
@RequestScoped
public class CurrentCaller implements CallerScopes {

    /** Request attribute under which the bearer-token filter leaves the verified caller. */
    public static final String BEARER_CALLER = CurrentCaller.class.getName() + ".bearer";

    /** The token claim with the caller's Keycloak group paths, i.e. their grants (a realm mapper). */
    public static final String SCOPES_CLAIM = "portal_scopes";

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** For pages: {@code #{currentCaller.caller.fullName}}. */
    public Caller getCaller() {
        return get();
    }

    /** The places of the caller's grants, for the scoping of every query. */
    @Override
    public List<Scope> scopes() {
        return get().getGrants().stream().map(Grant::scope).toList();
    }

    @Override
    public Optional<String> subject() {
        return get().isAuthenticated() ? Optional.of(get().getSubject()) : Optional.empty();
    }

    private Caller resolve() {
        if (request.getAttribute(BEARER_CALLER) instanceof Caller fromToken) {
            return fromToken;
        }
        if (securityContext.getCallerPrincipal() == null) {
            return Caller.anonymous();
        }
        var claims = openIdContext.getIdentityToken().getJwtClaims();
        return Caller.authenticated(openIdContext.getSubject(),
                claims.getStringClaim("preferred_username").orElse(securityContext.getCallerPrincipal().getName()),
                claims.getStringClaim("name").orElse(null),
                claims.getArrayStringClaim("groups"),
                claims.getArrayStringClaim(SCOPES_CLAIM)).withEmail(claims.getStringClaim("email").orElse(null));
    }
}
