package ru.portal500.expertise.checklist;

/** The outcome of an expertise, from best to worst. */
public enum Verdict {
    CONFORMS,
    CONFORMS_WITH_REMARKS,
    DOES_NOT_CONFORM;

    /** The worse of the two: "at most conforms with remarks" is {@code worseOf(CONFORMS_WITH_REMARKS)}. */
    public Verdict worseOf(Verdict other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
