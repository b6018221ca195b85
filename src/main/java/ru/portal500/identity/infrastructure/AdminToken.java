package ru.portal500.identity.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The service account's access token as the portal keeps it: asked for when there is none, reused until 30 seconds
 * before Keycloak said it expires (yet at least 10 seconds, however short-lived Keycloak makes it), asked for again
 * after that, and forgotten when Keycloak refused it (a restarted Keycloak, a rotated key).
 */
public final class AdminToken {

    /** What the token endpoint answered: the token and its lifetime in seconds. */
    public record Issued(String value, long expiresInSeconds) {
    }

    static final long MARGIN_SECONDS = 30;
    static final long SHORTEST_SECONDS = 10;

    private final Supplier<Issued> issuer;
    private final Clock clock;
    private String value;
    private Instant expiry = Instant.EPOCH;

    public AdminToken(Supplier<Issued> issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The token to send now: the one held while it is fresh, otherwise a new one. */
    public synchronized String current() {
        if (value != null && clock.instant().isBefore(expiry)) {
            return value;
        }
        Issued issued = issuer.get();
        value = issued.value();
        expiry = clock.instant().plusSeconds(Math.max(SHORTEST_SECONDS, issued.expiresInSeconds() - MARGIN_SECONDS));
        return value;
    }

    /** Keycloak refused the token: the next request asks for a new one. */
    public synchronized void forget() {
        value = null;
    }
}
