package ru.portal500.identity.infrastructure;

/** A bearer token that is not a valid, current access token of this realm for this portal. */
public class InvalidBearerTokenException extends Exception {

    public InvalidBearerTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
