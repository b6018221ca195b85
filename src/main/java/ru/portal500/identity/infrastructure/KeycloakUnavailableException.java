package ru.portal500.identity.infrastructure;

import ru.portal500.shared.domain.ServiceUnavailableException;

import java.util.logging.Logger;

/** Keycloak did not do what was asked (down, refused, or answered unexpectedly). */
public class KeycloakUnavailableException extends ServiceUnavailableException {

    private static final Logger LOG = Logger.getLogger(KeycloakAdminConnection.class.getName());

    public KeycloakUnavailableException(String what) {
        super("error.keycloak.unavailable");
        LOG.warning(() -> "Keycloak admin API: " + what);
    }
}
