package ru.portal500.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the caller read it (optimistic locking): nothing of the caller's
 * change is written; they reload and decide. HTTP 409 on the API.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
