package ru.portal500.identity.domain;

/** What a security audit entry records. */
public enum AuditEventType {
    LOGIN,
    ACCESS_DENIED,
    TOKEN_REFUSED,
    USER_INVITED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    DIRECTORY_IMPORTED,
    PAIR_FORMED,
    PAIR_CHANGED,
    PAIR_DISSOLVED,
    PAIR_HELPER_NAMED,
    PAIR_HELPER_REMOVED
}
