package ru.portal500.roadmaps.domain;

/**
 * Whose roadmap it is: a ШНОР's for a campaign (checked by its curator), a municipality's (kept by its coordinators) or
 * the region's (kept by its operators). The last two are approved by their keepers, whose own order adopts them.
 */
public enum RoadmapLevel {
    SCHOOL, MUNICIPALITY, REGION;

    /** Whether a confirmation is someone else's (the school's curator) rather than the keeper's own. */
    public boolean isChecked() {
        return this == SCHOOL;
    }
}
