package ru.portal500.shared.domain;

import jakarta.ejb.ApplicationException;

/** The caller may not do this; pages answer 403, the API answers 403 with a JSON reason. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.access.denied");
    }
}
