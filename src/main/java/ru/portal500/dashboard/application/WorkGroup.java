package ru.portal500.dashboard.application;

import java.util.Collection;
import java.util.List;

/**
 * Work of one kind: its stable key ({@code documents.toCheck}; its label is the bundle's {@code work.kind.} key),
 * how many there are in all, and the oldest {@value #MOST_ITEMS} of them, oldest first.
 */
public record WorkGroup(String kind, long count, List<WorkItem> items) {

    /** The most items a group lists; its count says how many there are. */
    public static final int MOST_ITEMS = 50;

    public WorkGroup {
        items = items.stream().sorted(WorkItem.OLDEST_FIRST).limit(MOST_ITEMS).toList();
        if (count < items.size()) {
            throw new IllegalArgumentException("A group counts at least the items it lists: " + kind);
        }
    }

    /** All the work of a kind: counted and listed. */
    public static WorkGroup of(String kind, Collection<WorkItem> all) {
        return new WorkGroup(kind, all.size(), List.copyOf(all));
    }

    /** The message key of the group's name. */
    public String labelKey() {
        return "work.kind." + kind;
    }
}
