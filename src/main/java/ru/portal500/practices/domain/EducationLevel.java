package ru.portal500.practices.domain;

/** The level of general education a practice is for. */
public enum EducationLevel {
    /** НОО. */
    PRIMARY,
    /** ООО. */
    BASIC,
    /** СОО. */
    SECONDARY,
    /** The whole school. */
    ALL
}
