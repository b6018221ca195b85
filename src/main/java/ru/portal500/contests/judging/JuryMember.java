package ru.portal500.contests.judging;

import java.util.Objects;

/**
 * A juror of a nomination as the assignment sees them: their ties (for conflicts of interest), the name a person
 * reads in a message, and the most reviews they may be given in the nomination (null when the contest sets no cap;
 * for a juror of several nominations the caller subtracts their reviews elsewhere).
 */
public record JuryMember(JurorTies ties, String name, Integer maxReviews) {

    public JuryMember {
        Objects.requireNonNull(ties, "ties");
        name = name == null || name.isBlank() ? ties.juror() : name.strip();
        if (maxReviews != null && maxReviews < 0) {
            throw new IllegalArgumentException("a cap is not negative: " + maxReviews);
        }
    }

    /** A juror named by their id, without a cap. */
    public static JuryMember of(JurorTies ties) {
        return new JuryMember(ties, null, null);
    }

    public JuryMember named(String newName) {
        return new JuryMember(ties, newName, maxReviews);
    }

    public JuryMember withMaxReviews(Integer cap) {
        return new JuryMember(ties, name, cap);
    }

    /** The juror's id ({@link JurorTies#juror()}). */
    public String juror() {
        return ties.juror();
    }

    /** Whether a juror with {@code load} reviews has room for one more. */
    public boolean hasRoomAfter(int load) {
        return maxReviews == null || load < maxReviews;
    }
}
