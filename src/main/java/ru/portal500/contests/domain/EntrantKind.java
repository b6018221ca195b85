package ru.portal500.contests.domain;

/** Who enters: a school's team in the name of its school, or a teacher in their own name. */
public enum EntrantKind {
    /** The school's administrative team (its team role), for the school. */
    SCHOOL,
    /** An individual teacher of a school of the region. */
    TEACHER
}
