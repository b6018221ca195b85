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
    IDENTIFICATION_RULE_CHANGED,
    SCHOOL_STATUS_DECIDED,
    SCHOOL_FLAGS_SET,
    RISK_PROFILE_VERIFIED,
    RISK_PROFILES_IMPORTED
}
