package ru.portal500.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * No such thing in the caller's scope. Things of another scope are reported the same way as things
 * that do not exist: the answer reveals nothing, not even existence.
 */
@ApplicationException(rollback = true)
public class NoSuchResourceException extends BusinessException {

    public NoSuchResourceException() {
        super("error.not.found");
    }
}
