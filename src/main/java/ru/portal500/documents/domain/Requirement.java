package ru.portal500.documents.domain;

/** How many documents of a type each supported school of a campaign owes. */
public enum Requirement {
    /** One per school (концепция, программа развития, дорожная карта, самообследование). */
    EACH_SCHOOL,
    /** One per risk factor the school chose to work on (программа антирисковых мер). */
    EACH_CHOSEN_RISK,
    /** One per pair the school is in (соглашение о сетевом взаимодействии). */
    EACH_PAIR,
    /** As many as the school wishes, none owed (подтверждающие документы, иное). */
    OPTIONAL
}
