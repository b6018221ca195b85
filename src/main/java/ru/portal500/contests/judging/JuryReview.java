package ru.portal500.contests.judging;

import java.util.Comparator;
import java.util.Objects;

/** One review of the jury: this juror scores this entry. */
public record JuryReview(long entryId, String juror) {

    /** By entry, then by juror. */
    public static final Comparator<JuryReview> ORDER =
            Comparator.comparingLong(JuryReview::entryId).thenComparing(JuryReview::juror);

    public JuryReview {
        Objects.requireNonNull(juror, "juror");
    }
}
