package ru.portal500.expertise.checklist;

/** How an expert answers a criterion, and so how it is scored. */
public enum CriterionType {
    /** A number of points between the criterion's minimum and maximum. */
    SCALE,
    /** Yes (1 point) or no (0 points). */
    YES_NO,
    /** One of the criterion's options, each worth its own points. */
    CHOICE,
    /** Free text only: no points, never part of the totals. */
    COMMENT;

    public boolean isScored() {
        return this != COMMENT;
    }
}
