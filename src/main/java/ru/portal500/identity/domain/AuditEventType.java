package ru.portal500.identity.domain;

/** What a security audit entry records. */
public enum AuditEventType {
    LOGIN,
    ACCESS_DENIED,
    TOKEN_REFUSED,
    USER_INVITED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    CONTEST_ROLE_GRANTED,
    CONTEST_ROLE_REVOKED,
    CONTEST_ROLES_LAPSED,
    DIRECTORY_IMPORTED,
    IDENTIFICATION_RULE_CHANGED,
    SCHOOL_STATUS_DECIDED,
    SCHOOL_FLAGS_SET,
    RISK_PROFILE_VERIFIED,
    RISK_PROFILES_IMPORTED,
    PAIR_FORMED,
    PAIR_CHANGED,
    PAIR_DISSOLVED,
    PAIR_HELPER_NAMED,
    PAIR_HELPER_REMOVED,
    SYNONYM_GROUP_ADDED,
    SYNONYM_GROUP_CHANGED,
    SYNONYM_GROUP_REMOVED,
    NEAR_COPY_DECIDED,
    /** A campaign rolled over into the next school year (target: its year; detail: the next year and the pairs carried). */
    CAMPAIGN_ROLLED_OVER
}
