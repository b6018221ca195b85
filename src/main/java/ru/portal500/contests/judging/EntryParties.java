package ru.portal500.contests.judging;

import java.util.Set;

/**
 * Who an entry comes from: its id, the entering school (null for an entry with no school, e.g. a teacher entering on
 * their own) and its authors' ids (the same kind of id as {@link JurorTies#juror()}).
 */
public record EntryParties(long entryId, Long school, Set<String> authors) {

    public EntryParties {
        authors = Set.copyOf(authors);
    }
}
