package ru.portal500.roadmaps.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoadmapTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSK = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final School SCHOOL = new School(ATKARSK, "atk-1", "МБОУ «СОШ № 1 г. Аткарска»");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            LocalDate.parse("2025-12-20"), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"),
            LocalDate.parse("2026-04-30"), null, null, null, List.of()));
    private static final List<RiskFactor> FACTORS = RiskFactorCatalogue.seed(CAMPAIGN, List.of());
    private static final LocalDate TODAY = LocalDate.parse("2026-05-15");

    private int minute;

    private ChangeStamp stamp(String who) {
        return new ChangeStamp(who, who, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(60L * minute++));
    }

    private static MeasurePlan plan(String title, String due, RiskFactor factor) {
        return new MeasurePlan(null, title, Term.due(LocalDate.parse(due)), "Директор школы", factor,
                "Протокол педсовета");
    }

    private Roadmap schoolRoadmap() {
        return Roadmap.ofSchool(CAMPAIGN, SCHOOL, Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void aSchoolRoadmapGoesToItsCuratorAndIsFrozenWhenConfirmed() {
        Roadmap roadmap = schoolRoadmap();
        assertEquals(Scope.ofSchool("64", "atkarsky", "atk-1"), roadmap.scope());
        roadmap.add(plan("Педсовет по итогам диагностики", "2026-04-30", FACTORS.get(0)), stamp("school"));
        roadmap.submit(Set.of(), stamp("school"));
        assertEquals(RoadmapState.SUBMITTED, roadmap.getState());
        assertThrows(RoadmapRuleException.class, () -> roadmap.add(plan("Ещё", "2026-05-30", null), stamp("school")),
                "nothing changes while the curator checks it");
        roadmap.returnForRevision("Нет мероприятий по второму риску", stamp("curator"));
        assertEquals(RoadmapState.RETURNED, roadmap.getState());
        roadmap.add(plan("Курсы для учителей", "2026-06-30", FACTORS.get(1)), stamp("school"));
        roadmap.submit(Set.of(), stamp("school"));
        assertEquals(2, roadmap.getRound());
        Snapshot baseline = roadmap.confirm(stamp("curator"));
        assertTrue(baseline.isBaseline());
        assertEquals(2, baseline.getMeasures().size());
        assertEquals(RoadmapState.CONFIRMED, roadmap.getState());
        assertEquals(List.of(RoadmapEventKind.MEASURE_ADDED, RoadmapEventKind.SUBMITTED, RoadmapEventKind.RETURNED,
                RoadmapEventKind.MEASURE_ADDED, RoadmapEventKind.SUBMITTED, RoadmapEventKind.CONFIRMED),
                roadmap.getEvents().stream().map(RoadmapEvent::getKind).toList());
        assertEquals("Нет мероприятий по второму риску", roadmap.getEvents().get(2).getDetail());
    }

    @Test
    void aChangeAfterConfirmationWaitsForTheNextOne() {
        Roadmap roadmap = schoolRoadmap();
        Measure measure = roadmap.add(plan("Педсовет", "2026-04-30", null), stamp("school"));
        roadmap.submit(Set.of(), stamp("school"));
        roadmap.confirm(stamp("curator"));
        roadmap.change(measure, plan("Педсовет", "2026-05-31", null), stamp("school"));
        assertEquals(RoadmapState.CHANGED, roadmap.getState());
        assertTrue(roadmap.getEvents().get(roadmap.getEvents().size() - 1).getDetail().contains("2026-05-31"));
        roadmap.submit(Set.of(), stamp("school"));
        assertEquals(2, roadmap.confirm(stamp("curator")).getNumber());
        assertTrue(roadmap.baseline().orElseThrow().getMeasures().get(0).getDueOn().equals(LocalDate.parse("2026-04-30")),
                "the baseline stays as first confirmed");
    }

    @Test
    void aLinkMayNameARussianSiteAndPageButOnlyOnTheWeb() {
        for (String fine : List.of("https://атк1.рф/новости/уроки", "http://школа1-аткарск.рф",
                "https://atk1.example.ru/news/открытые уроки", "https://atk1.example.ru:8443/a?b=в#г")) {
            assertEquals(fine, Evidence.checkedLink(fine));
        }
        for (String wrong : List.of("javascript:alert(1)", "ftp://atk1.example.ru/x", "https://", "atk1.example.ru",
                "http://localhost/x", "https://user@atk1.example.ru/", "https:// атк1.рф")) {
            assertEquals("roadmaps.error.linkInvalid", assertThrows(RoadmapRuleException.class,
                    () -> Evidence.checkedLink(wrong), wrong).messageKey(), wrong);
        }
    }

    @Test
    void namingAPersonOfThePortalResponsibleIsAChangeOnRecord() {
        Roadmap roadmap = schoolRoadmap();
        Measure measure = roadmap.add(plan("Педсовет", "2026-04-30", null), stamp("school"));
        MeasurePlan named = new MeasurePlan(null, "Педсовет", Term.due(LocalDate.parse("2026-04-30")), "Директор школы",
                null, "Протокол педсовета", "director");
        roadmap.change(measure, named, stamp("school"));
        assertEquals("director", measure.responsiblePerson().orElseThrow());
        RoadmapEvent last = roadmap.getEvents().get(roadmap.getEvents().size() - 1);
        assertEquals(RoadmapEventKind.MEASURE_CHANGED, last.getKind());
        assertTrue(last.getDetail().startsWith("responsible:"), last.getDetail());
    }

    @Test
    void aSchoolRoadmapMustAddressEveryChosenRisk() {
        Roadmap roadmap = schoolRoadmap();
        roadmap.add(plan("Педсовет", "2026-04-30", FACTORS.get(0)), stamp("school"));
        Measure cancelled = roadmap.add(plan("Курсы", "2026-04-30", FACTORS.get(1)), stamp("school"));
        roadmap.cancel(cancelled, "Курсы перенесены на следующий год", stamp("school"));
        Set<RiskFactor> missing = roadmap.uncovered(List.of(FACTORS.get(0), FACTORS.get(1)));
        assertEquals(Set.of(FACTORS.get(1)), missing, "a cancelled measure addresses nothing");
        RoadmapRuleException refused = assertThrows(RoadmapRuleException.class,
                () -> roadmap.submit(missing, stamp("school")));
        assertEquals("roadmaps.error.risksUncovered", refused.messageKey());
        assertEquals(FACTORS.get(1).getTitle(), refused.arguments()[0]);
    }

    @Test
    void nothingIsSubmittedEmptyOrTwice() {
        Roadmap roadmap = schoolRoadmap();
        assertEquals("roadmaps.error.noMeasures",
                assertThrows(RoadmapRuleException.class, () -> roadmap.submit(Set.of(), stamp("s"))).messageKey());
        roadmap.add(plan("Педсовет", "2026-04-30", null), stamp("school"));
        roadmap.submit(Set.of(), stamp("school"));
        assertEquals("roadmaps.error.notSubmittable",
                assertThrows(RoadmapRuleException.class, () -> roadmap.submit(Set.of(), stamp("s"))).messageKey());
        roadmap.confirm(stamp("curator"));
        assertEquals("roadmaps.error.notUnderCheck",
                assertThrows(RoadmapRuleException.class, () -> roadmap.confirm(stamp("c2"))).messageKey(),
                "a second curator confirming what is already confirmed is told so");
        roadmap.add(plan("Ещё", "2026-05-30", null), stamp("school"));
        roadmap.submit(Set.of(), stamp("school"));
        assertEquals("roadmaps.error.commentEmpty", assertThrows(RoadmapRuleException.class,
                () -> roadmap.returnForRevision(" ", stamp("c"))).messageKey());
        assertEquals(RoadmapState.SUBMITTED, roadmap.getState());
    }

    @Test
    void aMunicipalRoadmapIsConfirmedByItsKeeperAndItsReportsCountAtOnce() {
        Roadmap roadmap = Roadmap.ofMunicipality(CAMPAIGN, ATKARSK, Instant.parse("2026-03-01T08:00:00Z"));
        assertEquals(Scope.ofMunicipality("64", "atkarsky"), roadmap.scope());
        Measure measure = roadmap.add(plan("Семинар для директоров", "2026-04-30", null), stamp("coordinator"));
        assertThrows(RoadmapRuleException.class, () -> roadmap.submit(Set.of(), stamp("coordinator")));
        roadmap.confirm(stamp("coordinator"));
        roadmap.addLink(measure, "https://atkarsk-edu.ru/news/seminar", stamp("coordinator"));
        roadmap.reportDone(measure, LocalDate.parse("2026-04-28"), null, TODAY, stamp("coordinator"));
        assertEquals(MeasureStatus.DONE, measure.status(TODAY));
    }

    @Test
    void aSchoolsCompletionCountsOnceTheCuratorConfirmsItFromTheEvidence() {
        Roadmap roadmap = schoolRoadmap();
        Measure measure = roadmap.add(plan("Педсовет", "2026-04-30", null), stamp("school"));
        assertEquals("roadmaps.error.noEvidence", assertThrows(RoadmapRuleException.class,
                () -> roadmap.reportDone(measure, LocalDate.parse("2026-04-20"), null, TODAY, stamp("school")))
                .messageKey());
        assertEquals("roadmaps.error.linkInvalid", assertThrows(RoadmapRuleException.class,
                () -> roadmap.addLink(measure, "javascript:alert(1)", stamp("school"))).messageKey());
        assertEquals("roadmaps.error.linkLong", assertThrows(RoadmapRuleException.class, () -> roadmap.addLink(measure,
                "https://school1.ru/" + "a".repeat(Evidence.MAX_LINK), stamp("school"))).messageKey());
        assertEquals("roadmaps.error.titleLong", assertThrows(RoadmapRuleException.class, () -> roadmap.add(
                plan("а".repeat(2_100), "2026-04-30", null), stamp("school"))).messageKey());
        roadmap.addLink(measure, "https://school1.ru/protocol.pdf", stamp("school"));
        assertEquals("roadmaps.error.doneInFuture", assertThrows(RoadmapRuleException.class,
                () -> roadmap.reportDone(measure, TODAY.plusDays(1), null, TODAY, stamp("school"))).messageKey());
        roadmap.reportDone(measure, LocalDate.parse("2026-05-10"), "Протокол № 5", TODAY, stamp("school"));
        assertEquals(MeasureStatus.OVERDUE, measure.status(TODAY), "reported is not yet done");
        roadmap.returnDone(measure, "В протоколе нет решения по мероприятию", stamp("curator"));
        assertEquals(Completion.RETURNED, measure.getCompletion());
        roadmap.reportDone(measure, LocalDate.parse("2026-05-12"), null, TODAY, stamp("school"));
        roadmap.confirmDone(measure, stamp("curator"));
        assertEquals(MeasureStatus.DONE_LATE, measure.status(TODAY));
        assertEquals("roadmaps.error.cancelDone", assertThrows(RoadmapRuleException.class,
                () -> roadmap.cancel(measure, "не нужно", stamp("school"))).messageKey());
        assertEquals("roadmaps.error.removeReported", assertThrows(RoadmapRuleException.class,
                () -> roadmap.remove(measure, stamp("school"))).messageKey());
    }

    @Test
    void anImportAddsOrReplacesButNeverLosesWhatWasReported() {
        Roadmap roadmap = schoolRoadmap();
        Measure first = roadmap.add(plan("Педсовет", "2026-04-30", null), stamp("school"));
        roadmap.importPlan(List.of(plan("Курсы", "2026-05-30", null), plan("Семинар", "2026-06-30", null)), false,
                "план.xlsx", stamp("school"));
        assertEquals(List.of(1, 2, 3), roadmap.getMeasures().stream().map(Measure::getPosition).toList());
        roadmap.importPlan(List.of(plan("Курсы", "2026-05-30", null)), true, "план.xlsx", stamp("school"));
        assertEquals(1, roadmap.getMeasures().size());
        Measure kept = roadmap.getMeasures().get(0);
        roadmap.addLink(kept, "https://school1.ru/courses", stamp("school"));
        assertEquals("roadmaps.error.replaceReported", assertThrows(RoadmapRuleException.class,
                () -> roadmap.importPlan(List.of(plan("Курсы", "2026-05-30", null)), true, "план.xlsx",
                        stamp("school"))).messageKey());
        assertEquals(1, roadmap.getMeasures().size(), "nothing half-applied");
        assertThrows(RoadmapRuleException.class, () -> roadmap.remove(first, stamp("school")),
                "a measure no longer in the roadmap");
    }

    @Test
    void aPlanRefusesEmptyAndOverlongWords() {
        assertEquals("roadmaps.error.titleEmpty", assertThrows(RoadmapRuleException.class,
                () -> plan("  ", "2026-04-30", null)).messageKey());
        assertEquals("roadmaps.error.titleLong", assertThrows(RoadmapRuleException.class,
                () -> plan("а".repeat(MeasurePlan.MAX_TITLE + 1), "2026-04-30", null)).messageKey());
        assertEquals("roadmaps.error.responsibleEmpty", assertThrows(RoadmapRuleException.class,
                () -> new MeasurePlan(null, "Педсовет", Term.due(TODAY), null, null, null)).messageKey());
    }
}
