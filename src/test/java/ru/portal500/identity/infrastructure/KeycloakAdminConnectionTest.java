package ru.portal500.identity.infrastructure;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import ru.portal500.shared.i18n.Texts;

import java.lang.reflect.Proxy;
import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keycloak out of reach fails as Keycloak answering wrongly does: a keyed exception with a sentence, no 500. */
class KeycloakAdminConnectionTest {

    /** A request whose every call fails as the JAX-RS client fails when nothing listens on Keycloak's port. */
    private static Invocation.Builder refused() {
        return (Invocation.Builder) Proxy.newProxyInstance(Invocation.Builder.class.getClassLoader(),
                new Class<?>[] {Invocation.Builder.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("header")) {
                        return proxy;
                    }
                    throw new ProcessingException(new ConnectException("Connection refused"));
                });
    }

    @Test
    void keycloakOutOfReachIsKeycloakUnavailable() {
        Invocation.Builder request = KeycloakAdminConnection.reachable(refused());
        KeycloakUnavailableException failed = assertThrows(KeycloakUnavailableException.class, request::get);
        assertEquals("error.keycloak.unavailable", failed.messageKey());
        assertTrue(Texts.get(Texts.RUSSIAN, failed.messageKey()).startsWith("Сервер учётных записей (Keycloak)"));
        assertThrows(KeycloakUnavailableException.class, () -> request.header("X", "y").delete());
    }

    @Test
    void aFluentCallKeepsTheTranslation() {
        Invocation.Builder request = KeycloakAdminConnection.reachable(refused());
        assertThrows(KeycloakUnavailableException.class, () -> {
            try (Response ignored = request.header("X", "y").get()) {
                throw new AssertionError("no answer expected");
            }
        });
    }
}
