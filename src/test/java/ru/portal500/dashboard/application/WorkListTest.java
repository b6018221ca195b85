package ru.portal500.dashboard.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkListTest {

    private static final Caller CURATOR = Caller.authenticated("s", "curator", "Сергей Кураторов", List.of("curator"));
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static WorkItem item(String title, String since, String due) {
        return new WorkItem(title, "МБОУ «СОШ № 1»", "/app/document.xhtml?id=1", since == null ? null
                : Instant.parse(since), due == null ? null : LocalDate.parse(due));
    }

    private static WorkSource source(WorkGroup... groups) {
        return (caller, locale) -> List.of(groups);
    }

    @Test
    void groupsComeInTheFixedOrderEmptyOnesLeftOutUnknownKindsLast() {
        List<WorkGroup> groups = WorkList.collect(List.of(
                source(WorkGroup.of("notifications.unread", List.of(item("a", null, null)))),
                source(WorkGroup.of("documents.owed", List.of()), WorkGroup.of("zzz.later", List.of(item("z", null, null)))),
                source(WorkGroup.of("documents.toCheck", List.of(item("b", null, null), item("c", null, null))))),
                CURATOR, RU);
        assertEquals(List.of("documents.toCheck", "notifications.unread", "zzz.later"),
                groups.stream().map(WorkGroup::kind).toList());
        assertEquals(4, WorkList.total(groups));
    }

    @Test
    void everySourceIsAskedForTheSameCallerAndLanguage() {
        List<WorkGroup> groups = WorkList.collect(List.of((caller, locale) -> List.of(WorkGroup.of("k",
                List.of(item(caller.getUsername() + "/" + locale.getLanguage(), null, null))))), CURATOR, RU);
        assertEquals("curator/ru", groups.get(0).items().get(0).title());
    }

    @Test
    void theViewSaysTheDayInTheReadersZoneWithTheGroupsNameAndMarksWhatIsOverdue() {
        WorkGroup group = WorkGroup.of("documents.toCheck", List.of(item("Концепция", "2026-03-01T20:30:00Z",
                "2026-03-10"), item("Дорожная карта", null, null)));
        WorkView saratov = WorkView.of(List.of(group), RU, ZoneId.of("Europe/Saratov"));
        WorkView moscow = WorkView.of(List.of(group), Locale.ENGLISH, ZoneId.of("Europe/Moscow"));
        assertEquals(LocalDate.parse("2026-03-02"), saratov.groups().get(0).items().get(0).since(), "00:30 in Saratov");
        assertEquals(LocalDate.parse("2026-03-01"), moscow.groups().get(0).items().get(0).since(), "23:30 in Moscow");
        assertEquals("Документы на проверку", saratov.groups().get(0).label());
        assertEquals("Documents to check", moscow.groups().get(0).label());
        assertEquals(2, saratov.total());
        WorkView.Item dated = saratov.groups().get(0).items().get(0);
        assertFalse(dated.overdueOn(LocalDate.parse("2026-03-10")), "due today is not overdue yet");
        assertTrue(dated.overdueOn(LocalDate.parse("2026-03-11")));
        WorkView.Item undated = saratov.groups().get(0).items().get(1);
        assertNull(undated.due());
        assertFalse(undated.overdueOn(LocalDate.parse("2030-01-01")));
    }
}
