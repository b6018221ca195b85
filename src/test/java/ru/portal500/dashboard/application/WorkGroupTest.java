package ru.portal500.dashboard.application;



import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkGroupTest {

    private static WorkItem item(String title, String since, String due) {
        return new WorkItem(title, "", "/app/x.xhtml", since == null ? null : Instant.parse(since),
                due == null ? null : LocalDate.parse(due));
    }

    @Test
    void theOldestWaitComesFirstWhatWaitsSinceAnUnknownTimeLastByItsDueDate() {
        WorkGroup group = WorkGroup.of("documents.owed", List.of(
                item("без даты", null, null),
                item("позже", "2026-03-02T10:00:00Z", null),
                item("к маю", null, "2026-05-01"),
                item("раньше", "2026-03-01T10:00:00Z", "2026-06-01"),
                item("к апрелю", null, "2026-04-01")));
        assertEquals(List.of("раньше", "позже", "к апрелю", "к маю", "без даты"),
                group.items().stream().map(WorkItem::title).toList());
        assertEquals(5, group.count());
        assertEquals("work.kind.documents.owed", group.labelKey());
    }

    @Test
    void aLongGroupListsItsOldestAndCountsThemAll() {
        List<WorkItem> many = new ArrayList<>();
        for (int day = 60; day >= 1; day--) {
            many.add(item("день " + day, LocalDate.of(2026, 1, 1).plusDays(day) + "T00:00:00Z", null));
        }
        WorkGroup group = WorkGroup.of("reviews.toScore", many);
        assertEquals(60, group.count());
        assertEquals(WorkGroup.MOST_ITEMS, group.items().size());
        assertEquals("день 1", group.items().get(0).title());
        assertEquals("день 50", group.items().get(WorkGroup.MOST_ITEMS - 1).title());
    }

    @Test
    void anItemLinksInsideThePortalAndAGroupCountsWhatItLists() {
        assertThrows(IllegalArgumentException.class, () -> new WorkItem("x", "", "https://evil.example/", null, null));
        assertThrows(IllegalArgumentException.class, () -> new WorkItem("x", "", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WorkGroup("k", 0, List.of(item("a", null, null))));
    }
}
