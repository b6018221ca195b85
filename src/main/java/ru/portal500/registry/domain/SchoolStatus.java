package ru.portal500.registry.domain;

/** A school's status in a campaign. */
public enum SchoolStatus {
    /** ШНОР: a school with low educational results. */
    LOW_RESULTS,
    /** ШССУ: a school working in difficult social conditions. */
    SOCIAL_RISK,
    /** A strong school that curates a ШНОР/ШССУ (школа-куратор). */
    CURATOR_SCHOOL,
    /** Taking part otherwise, or deliberately left out of the list (with the operator's reason). */
    OTHER;

    /** ШНОР and ШССУ are the schools the programme supports: they get pairs, profiles and documents. */
    public boolean isSupported() {
        return this == LOW_RESULTS || this == SOCIAL_RISK;
    }
}
