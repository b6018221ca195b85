package ru.portal500.devenv;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.SchoolYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCalendarTest {

    @Test
    void inDecemberThisSchoolYearIsTheOneThatBeganInSeptember() {
        DemoCalendar december = new DemoCalendar(LocalDate.of(2026, 12, 6));
        assertEquals(2027, december.thisYear());
        assertEquals("2026/27", DemoCalendar.label(december.thisYear()));
        assertEquals(2026, december.lastYear());
        assertEquals("2025/26", DemoCalendar.label(december.lastYear()));
    }

    @Test
    void inAugustTheSchoolYearHasNotTurnedYet() {
        DemoCalendar august = new DemoCalendar(LocalDate.of(2026, 8, 31));
        assertEquals(2026, august.thisYear(), "31 August still belongs to 2025/26");
        assertEquals(2025, august.lastYear());
        assertEquals(2027, new DemoCalendar(LocalDate.of(2026, 9, 1)).thisYear(), "1 September begins 2026/27");
        assertEquals(2026, new DemoCalendar(LocalDate.of(2026, 1, 1)).thisYear(), "New Year's Day is mid-year");
    }

    @Test
    void labelsAreThePortals() {
        for (int year : List.of(2000, 2026, 2027, 2100)) {
            assertEquals(SchoolYear.label(year), DemoCalendar.label(year));
        }
    }

    @Test
    void lastYearsCampaignIsWhollyBehindAndInItsOwnSchoolYear() {
        for (LocalDate today : List.of(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 6),
                LocalDate.of(2027, 3, 15))) {
            DemoCalendar calendar = new DemoCalendar(today);
            LocalDate yearBegins = LocalDate.of(calendar.lastYear() - 1, 9, 1);
            LocalDate yearEnds = LocalDate.of(calendar.lastYear(), 8, 31);
            for (LocalDate date : dates(calendar.lastSchedule())) {
                assertTrue(date.isBefore(today), today + ": " + date + " is behind");
                assertTrue(!date.isBefore(yearBegins) && !date.isAfter(yearEnds),
                        today + ": " + date + " lies in " + DemoCalendar.label(calendar.lastYear()));
            }
            assertEquals(java.util.Optional.empty(), schedule(calendar.lastSchedule()).disorder(), "in the cycle's order");
        }
    }

    @Test
    void theRunDayFallsInThisYearsExpertiseStage() {
        for (LocalDate today : List.of(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 12, 6), LocalDate.of(2027, 2, 28))) {
            DemoCalendar calendar = new DemoCalendar(today);
            CampaignSchedule schedule = schedule(calendar.thisSchedule());
            assertEquals(java.util.Optional.empty(), schedule.disorder(), "the portal accepts it");
            assertTrue(schedule.documentsDue().isBefore(today) && schedule.expertiseUntil().isAfter(today),
                    today + ": documents were due, the expertise goes on");
            assertTrue(schedule.diagnosticsUntil().isBefore(schedule.documentsDue()));
            assertTrue(schedule.mutualExpertiseUntil().isAfter(today) && schedule.contestUntil().isAfter(today),
                    "the mutual expertise and the contest are ahead");
            assertTrue(schedule.monitoringDates().stream().anyMatch(d -> d.isBefore(today)), "a monitoring date passed");
            assertTrue(calendar.reviewsDue().isAfter(today) && !calendar.reviewsDue().isAfter(schedule.expertiseUntil()),
                    "reviews are due within the expertise stage");
        }
    }

    @Test
    void lastYearsContestLiesInItsAutumnInTheStagesOrder() {
        for (LocalDate today : List.of(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 6),
                LocalDate.of(2027, 3, 15))) {
            DemoCalendar calendar = new DemoCalendar(today);
            List<LocalDate> days = dates(calendar.lastContestStages());
            assertEquals(List.of("callPublished", "entriesOpen", "entriesClose", "eligibilityCheck", "judging",
                    "results"), List.copyOf(calendar.lastContestStages().keySet()), "the portal's stages");
            for (int i = 0; i < days.size(); i++) {
                assertTrue(days.get(i).isBefore(today), today + ": " + days.get(i) + " is behind");
                assertTrue(i == 0 || !days.get(i).isBefore(days.get(i - 1)), "in order: " + days);
                assertEquals(calendar.lastYear() - 1, days.get(i).getYear(), "in the autumn of "
                        + DemoCalendar.label(calendar.lastYear()));
            }
        }
    }

    @Test
    void noDayMissing() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DemoCalendar(null));
    }

    private static List<LocalDate> dates(Map<String, Object> schedule) {
        List<LocalDate> dates = new java.util.ArrayList<>();
        schedule.values().forEach(v -> {
            if (v instanceof List<?> list) {
                list.forEach(d -> dates.add((LocalDate) d));
            } else {
                dates.add((LocalDate) v);
            }
        });
        return dates;
    }

    @SuppressWarnings("unchecked")
    private static CampaignSchedule schedule(Map<String, Object> s) {
        return new CampaignSchedule((LocalDate) s.get("identificationUntil"), (LocalDate) s.get("setupUntil"),
                (LocalDate) s.get("diagnosticsUntil"), (LocalDate) s.get("documentsDue"),
                (LocalDate) s.get("expertiseUntil"), (LocalDate) s.get("mutualExpertiseUntil"),
                (LocalDate) s.get("contestUntil"), (List<LocalDate>) s.get("monitoringDates"));
    }
}
