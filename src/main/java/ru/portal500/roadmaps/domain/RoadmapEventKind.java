package ru.portal500.roadmaps.domain;

/** What happened to a roadmap: every change to its measures, its check and the measures' completion. */
public enum RoadmapEventKind {
    MEASURE_ADDED, MEASURE_CHANGED, MEASURE_REMOVED, MEASURE_CANCELLED, IMPORTED,
    SUBMITTED, RETURNED, CONFIRMED, COMMENTED,
    EVIDENCE_ADDED, COMPLETION_REPORTED, COMPLETION_CONFIRMED, COMPLETION_RETURNED
}
