package ru.portal500.shared.domain;

import jakarta.ejb.ApplicationException;

/** The request cannot be carried out as asked (unknown user, malformed e-mail…); nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends BusinessException {

    public InvalidRequestException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
