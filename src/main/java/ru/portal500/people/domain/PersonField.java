package ru.portal500.people.domain;

/** What a change of the person record changed; the history names it in words ({@code people.field.*}). */
public enum PersonField {
    CREATED,
    NAME,
    USERNAME,
    EMAIL,
    HOME,
    LANGUAGE,
    PORTAL_ONLY,
    MAIL_DIGEST,
    CONSENT
}
