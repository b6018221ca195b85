package ru.portal500.identity.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The service account's token: reused while fresh, asked for again 30 s before it expires, or once refused. */
class AdminTokenTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final List<String> issued = new ArrayList<>();

    /** Keycloak issuing tokens "t1", "t2"… each living {@code lifetime} seconds. */
    private AdminToken token(long lifetime) {
        return new AdminToken(() -> {
            issued.add("t" + (issued.size() + 1));
            return new AdminToken.Issued(issued.get(issued.size() - 1), lifetime);
        }, clock);
    }

    @Test
    void aTokenIsAskedForOnceAndReusedUntilThirtySecondsBeforeItExpires() {
        AdminToken token = token(300);
        assertEquals("t1", token.current());
        clock.pass(Duration.ofSeconds(269));
        assertEquals("t1", token.current(), "fresh until 270 s of its 300 s");
        assertEquals(List.of("t1"), issued);
        clock.pass(Duration.ofSeconds(1));
        assertEquals("t2", token.current(), "30 s before the end a new one is asked for");
        clock.pass(Duration.ofSeconds(269));
        assertEquals("t2", token.current());
        assertEquals(List.of("t1", "t2"), issued);
    }

    @Test
    void aShortLivedTokenIsStillKeptTenSeconds() {
        AdminToken token = token(20);
        assertEquals("t1", token.current());
        clock.pass(Duration.ofSeconds(9));
        assertEquals("t1", token.current(), "20 s − 30 s would be nothing: ten seconds at least");
        clock.pass(Duration.ofSeconds(1));
        assertEquals("t2", token.current());
    }

    @Test
    void aRefusedTokenIsForgottenAndTheNextRequestAsksAgain() {
        AdminToken token = token(300);
        assertEquals("t1", token.current());
        token.forget();
        assertEquals("t2", token.current(), "Keycloak answered 401: the held token is not sent again");
        assertEquals("t2", token.current());
    }

    @Test
    void whenKeycloakDoesNotIssueOneNothingIsKeptAndTheNextRequestAsksAgain() {
        List<Boolean> up = new ArrayList<>(List.of(false));
        AdminToken token = new AdminToken(() -> {
            if (!up.get(0)) {
                throw new KeycloakUnavailableException("service account token answered 503");
            }
            return new AdminToken.Issued("t", 300);
        }, clock);
        assertThrows(KeycloakUnavailableException.class, token::current);
        up.set(0, true);
        assertEquals("t", token.current());
    }
}
