package ru.portal500.roadmaps.domain;

/**
 * Where a roadmap stands in its check: being drawn up, with the curator, returned for revision (на доработку),
 * confirmed (its measures frozen as a snapshot), or changed since its last confirmation (the changes await the next).
 */
public enum RoadmapState {
    DRAFT, SUBMITTED, RETURNED, CONFIRMED, CHANGED;

    /** Whether its measures may be changed: not while the curator checks them. */
    public boolean isEditable() {
        return this != SUBMITTED;
    }
}
