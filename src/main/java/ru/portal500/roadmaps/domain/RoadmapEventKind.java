package ru.portal500.roadmaps.domain;

/** What happened to a roadmap: every change to its measures, its check and the measures' completion. */
public enum RoadmapEventKind {
    MEASURE_ADDED, MEASURE_CHANGED, MEASURE_REMOVED, MEASURE_CANCELLED, IMPORTED,
    SUBMITTED, RETURNED, CONFIRMED, COMMENTED,
    EVIDENCE_ADDED, COMPLETION_REPORTED, COMPLETION_CONFIRMED, COMPLETION_RETURNED,
    /** Last year's unfinished measures proposed here (detail: how many), and one of them dropped (detail: why). */
    CARRIED_IN, CARRIED_DROPPED
}
