package ru.portal500.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Caller;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an API bearer token: RS256 signature by a key of the realm (JWKS, cached), issuer,
 * audience (the portal), expiry, and that it is an access token ({@code typ=Bearer}), not an ID token.
 */
@ApplicationScoped
public class BearerTokenVerifier {

    /** How far the portal's and Keycloak's clocks may differ when expiry is checked. */
    static final int MAX_CLOCK_SKEW_SECONDS = 5;

    @Inject
    OidcSettings settings;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        processor = processor(settings.getIssuer(), settings.getAudience());
    }

    static ConfigurableJWTProcessor<SecurityContext> processor(String issuer, String audience) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("The OIDC issuer is not a URL: " + issuer, e);
        }
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                Set.of("sub", "exp", "iat"));
        // Keycloak and the portal share a clock in practice; a minute of tolerance (the default) is too long.
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }

    public Caller verify(String token) throws InvalidBearerTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Caller.authenticated(claims.getSubject(),
                    claims.getStringClaim("preferred_username"),
                    claims.getStringClaim("name"),
                    roles(claims),
                    Objects.requireNonNullElse(claims.getStringListClaim(CurrentCaller.SCOPES_CLAIM), List.of()))
                    .withEmail(claims.getStringClaim("email"));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidBearerTokenException(e.getMessage(), e);
        }
    }

    private static List<String> roles(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
            return groups;
        }
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
