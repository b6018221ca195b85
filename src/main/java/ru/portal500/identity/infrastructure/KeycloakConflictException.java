package ru.portal500.identity.infrastructure;

import ru.portal500.shared.domain.InvalidRequestException;

/** Keycloak refused because the thing exists already (e.g. a user with this e-mail). */
public class KeycloakConflictException extends InvalidRequestException {

    public KeycloakConflictException(String what) {
        super("people.error.conflict");
    }
}
