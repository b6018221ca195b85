package ru.portal500.roadmaps.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When a measure runs: from its start (absent when the roadmap gave only a due date, «до 30 апреля») to its due date,
 * both inclusive. A due date before the start is refused.
 */
public record Term(LocalDate start, LocalDate due) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Term {
        Objects.requireNonNull(due, "due");
        if (start != null && due.isBefore(start)) {
            throw new RoadmapRuleException("roadmaps.error.dueBeforeStart", DAY.format(start), DAY.format(due));
        }
    }

    /** A term with only a due date. */
    public static Term due(LocalDate due) {
        return new Term(null, due);
    }

    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(start);
    }

    /** Whether the day falls within the term (from its start, or from any day before the due date when it has none). */
    public boolean covers(LocalDate day) {
        return !day.isAfter(due) && (start == null || !day.isBefore(start));
    }
}
