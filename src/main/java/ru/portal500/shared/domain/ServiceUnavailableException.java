package ru.portal500.shared.domain;

import jakarta.ejb.ApplicationException;

/** A service the portal depends on (Keycloak) did not do what was asked; nothing was changed. */
@ApplicationException(rollback = true)
public class ServiceUnavailableException extends BusinessException {

    public ServiceUnavailableException(String messageKey) {
        super(messageKey);
    }
}
