package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RegistryRuleException;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next school year's roadmap: last year's unfinished measures proposed, taken with new dates or dropped. */
class CarriedMeasuresTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSK = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final School SCHOOL = new School(ATKARSK, "atk-1", "МБОУ «СОШ № 1 г. Аткарска»");
    private static final School OTHER = new School(ATKARSK, "atk-2", "МБОУ «СОШ № 2 г. Аткарска»");

    private int minute;
    private long ids = 100;

    private ChangeStamp stamp(String who) {
        return new ChangeStamp(who, who, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(60L * minute++));
    }

    private static Campaign campaign(int year) {
        return new Campaign(REGION, year, "500+ " + (year - 1) + "/" + (year % 100), new CampaignSchedule(null, null,
                null, null, null, null, null, List.of()));
    }

    private static MeasurePlan plan(String title, String due) {
        return new MeasurePlan("Раздел 1", title, Term.due(LocalDate.parse(due)), "Директор школы", null,
                "Протокол");
    }

    /** Last year's roadmap: one measure confirmed done, one cancelled, two unfinished (one reported, not confirmed). */
    private Roadmap lastYear(Campaign campaign) {
        Roadmap roadmap = Roadmap.ofSchool(campaign, SCHOOL, Instant.parse("2025-10-01T08:00:00Z"));
        Measure done = roadmap.add(plan("Педсовет по итогам диагностики", "2026-02-28"), stamp("school"));
        Measure cancelled = roadmap.add(plan("Выездной семинар", "2026-03-31"), stamp("school"));
        roadmap.add(plan("Курсы повышения квалификации", "2026-05-31"), stamp("school"));
        Measure reported = roadmap.add(plan("Открытые уроки", "2026-04-30"), stamp("school"));
        roadmap.getMeasures().forEach(m -> identify(m, ids++));
        roadmap.addLink(done, "https://school1.example.ru/pedsovet", stamp("school"));
        roadmap.addLink(reported, "https://school1.example.ru/uroki", stamp("school"));
        roadmap.reportDone(done, LocalDate.parse("2026-02-20"), "Проведён", LocalDate.parse("2026-03-01"),
                stamp("school"));
        roadmap.confirmDone(done, stamp("curator"));
        roadmap.cancel(cancelled, "Перенесено на уровень муниципалитета", stamp("school"));
        roadmap.reportDone(reported, LocalDate.parse("2026-04-20"), "Проведены", LocalDate.parse("2026-04-25"),
                stamp("school"));
        return roadmap;
    }

    private Roadmap nextYearWithCarried() {
        Roadmap last = lastYear(campaign(2026));
        Roadmap next = Roadmap.ofSchool(campaign(2027), SCHOOL, Instant.parse("2026-09-10T08:00:00Z"));
        next.carryFrom(last, stamp("school"));
        next.getCarried().forEach(c -> identify(c, ids++));
        return next;
    }

    @Test
    void onlyMeasuresNeitherConfirmedDoneNorCancelledAreCarriedAndOnlyOnce() {
        Roadmap next = nextYearWithCarried();
        assertEquals(List.of("Курсы повышения квалификации", "Открытые уроки"),
                next.getCarried().stream().map(CarriedMeasure::getTitle).toList());
        assertEquals(2, next.carriedPending());
        assertTrue(next.getMeasures().isEmpty(), "a carried measure is no measure until it is taken");
        assertEquals(LocalDate.parse("2026-05-31"), next.getCarried().get(0).getDueOn(), "last year's dates shown");
        assertEquals(List.of(), next.carryFrom(lastYear(campaign(2026)), stamp("school")), "carried once");
        assertEquals(RoadmapEventKind.CARRIED_IN, next.getEvents().get(0).getKind());
    }

    @Test
    void onlyLastYearsRoadmapOfTheSamePlaceIsCarried() {
        Roadmap next = Roadmap.ofSchool(campaign(2027), SCHOOL, Instant.parse("2026-09-10T08:00:00Z"));
        Roadmap twoYearsAgo = Roadmap.ofSchool(campaign(2025), SCHOOL, Instant.parse("2024-10-01T08:00:00Z"));
        Roadmap otherSchool = Roadmap.ofSchool(campaign(2026), OTHER, Instant.parse("2025-10-01T08:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> next.carryFrom(twoYearsAgo, stamp("school")));
        assertThrows(IllegalArgumentException.class, () -> next.carryFrom(otherSchool, stamp("school")));
    }

    @Test
    void aCarriedMeasureIsTakenWithNewDatesInThisSchoolYear() {
        Roadmap next = nextYearWithCarried();
        long courses = next.getCarried().get(0).getId();
        RoadmapRuleException old = assertThrows(RoadmapRuleException.class, () -> next.take(courses,
                Term.due(LocalDate.parse("2026-05-31")), null, stamp("school")));
        assertEquals("roadmaps.error.carriedOld", old.messageKey());
        assertEquals("01.09.2026", old.arguments()[0]);
        Measure taken = next.take(courses, new Term(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-20")),
                null, stamp("school"));
        assertEquals("Курсы повышения квалификации", taken.getTitle());
        assertEquals("Раздел 1", taken.getSection());
        assertEquals(LocalDate.parse("2026-12-20"), taken.getDueOn());
        assertEquals(CarriedMeasure.State.TAKEN, next.getCarried().get(0).getState());
        assertEquals(1, next.carriedPending());
        assertEquals("roadmaps.error.carriedDecided", assertThrows(RoadmapRuleException.class, () -> next.take(
                courses, Term.due(LocalDate.parse("2027-01-20")), null, stamp("school"))).messageKey());
    }

    @Test
    void theRoadmapGoesToItsCuratorOnlyWhenEveryCarriedMeasureIsDecided() {
        Roadmap next = nextYearWithCarried();
        long courses = next.getCarried().get(0).getId();
        long lessons = next.getCarried().get(1).getId();
        next.take(courses, Term.due(LocalDate.parse("2026-12-20")), null, stamp("school"));
        RoadmapRuleException pending = assertThrows(RoadmapRuleException.class,
                () -> next.submit(Set.of(), stamp("school")));
        assertEquals("roadmaps.error.carriedPending", pending.messageKey());
        assertEquals("1", pending.arguments()[0]);
        assertEquals("roadmaps.error.carriedNote", assertThrows(RoadmapRuleException.class,
                () -> next.drop(lessons, "  ", stamp("school"))).messageKey());
        next.drop(lessons, "Уроки проведены, подтверждение не нужно", stamp("school"));
        assertEquals(CarriedMeasure.State.DROPPED, next.getCarried().get(1).getState());
        assertEquals("Уроки проведены, подтверждение не нужно", next.getCarried().get(1).getNote());
        assertEquals("roadmaps.error.noSuchCarried", assertThrows(RoadmapRuleException.class,
                () -> next.drop(9999, "нет", stamp("school"))).messageKey());
        next.submit(Set.of(), stamp("school"));
        assertEquals(RoadmapState.SUBMITTED, next.getState());
    }

    @Test
    void anArchivedCampaignRefusesChangesAndTheNextOneIsAYearLater() {
        Campaign last = new Campaign(REGION, 2026, "Программа 500+ 2025/26", new CampaignSchedule(
                LocalDate.parse("2025-12-20"), null, null, LocalDate.parse("2026-04-30"), null, null, null,
                List.of(LocalDate.parse("2026-05-31"), LocalDate.parse("2026-02-28"))));
        Campaign next = last.rollOver(Instant.parse("2026-08-25T10:00:00Z"));
        assertTrue(last.isArchived());
        assertEquals(2027, next.getSchoolYear());
        assertEquals("Программа 500+ 2026/27", next.getName());
        assertEquals(LocalDate.parse("2026-12-20"), next.schedule().identificationUntil());
        assertEquals(List.of(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-05-31")),
                next.schedule().monitoringDates());
        RegistryRuleException archived = assertThrows(RegistryRuleException.class,
                () -> last.rollOver(Instant.parse("2026-08-26T10:00:00Z")));
        assertEquals("campaign.error.archived", archived.messageKey());
        assertEquals("2025/26", archived.arguments()[0]);
        Campaign leap = new Campaign(REGION, 2024, "Кампания", new CampaignSchedule(null, null, null, null, null,
                null, null, List.of(LocalDate.parse("2024-02-29"))));
        Campaign afterLeap = leap.rollOver(Instant.parse("2024-08-25T10:00:00Z"));
        assertEquals("Кампания 2024/25", afterLeap.getName());
        assertEquals(List.of(LocalDate.parse("2025-02-28")), afterLeap.schedule().monitoringDates());
    }

    private static void identify(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
