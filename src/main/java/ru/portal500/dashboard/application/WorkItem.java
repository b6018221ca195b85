package ru.portal500.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One piece of a person's work: what it is ({@code title}), whose or where ({@code detail}), the page where it
 * is done ({@code link}, inside the portal), since when it waits ({@code since}, may be unknown) and by when it
 * is due ({@code due}, may have no date).
 */
public record WorkItem(String title, String detail, String link, Instant since, LocalDate due) {

    /** Oldest first; what waits since an unknown time after the dated ones, by due date, then by title. */
    public static final Comparator<WorkItem> OLDEST_FIRST = Comparator
            .comparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::title, Comparator.nullsLast(Comparator.naturalOrder()));

    public WorkItem {
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("A work item links to a page of the portal: " + link);
        }
    }
}
