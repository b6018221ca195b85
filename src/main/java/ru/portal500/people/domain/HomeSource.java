package ru.portal500.people.domain;

/** Where a person's home organisation came from: their only place of work in the grants, or a coordinator. */
public enum HomeSource {
    GRANT,
    COORDINATOR
}
