package ru.portal500.expertise.domain;

/** A round takes assignments and scores while open; closed, it is a record. */
public enum RoundState {
    OPEN,
    CLOSED
}
