package ru.portal500.contests.results;

import java.time.Instant;
import java.util.Objects;

/** A juror stepped aside from an entry they were assigned (самоотвод): who, when and why. */
public record Abstention(String juror, Instant at, String reason) {

    public Abstention {
        Objects.requireNonNull(juror, "juror");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason.strip();
    }
}
