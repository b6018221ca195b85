package ru.portal500.search.engine;

/**
 * What a search counts and filters by: each facet is a dimension of {@link IndexedItem}. Values are the
 * codes as indexed (the caller turns them into names, except {@link #SCHOOL}, whose counts carry the school's
 * name as label).
 */
public enum Facet {
    KIND("kind"),
    DOCUMENT_TYPE("type"),
    RISK_FACTOR("risk"),
    REGION("region"),
    MUNICIPALITY("municipality"),
    SCHOOL("school"),
    CAMPAIGN_YEAR("year"),
    STATUS("status"),
    LEVEL("level"),
    SUBJECT("subject");

    private final String dimension;

    Facet(String dimension) {
        this.dimension = dimension;
    }

    /** The facet's dimension in the index (also the filter field, prefixed with {@code f.}). */
    String dimension() {
        return dimension;
    }

    String filterField() {
        return "f." + dimension;
    }
}
