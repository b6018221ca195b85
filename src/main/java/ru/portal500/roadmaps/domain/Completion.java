package ru.portal500.roadmaps.domain;

/**
 * A measure's completion as reported and checked: nothing reported, reported done with its evidence (waiting for the
 * checker), confirmed from the evidence, or returned (the evidence does not show it done; report again).
 */
public enum Completion {
    NONE, REPORTED, CONFIRMED, RETURNED
}
