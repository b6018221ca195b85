package ru.portal500.monitoring.application;

import org.junit.jupiter.api.Test;
import ru.portal500.monitoring.domain.BuiltInIndicators;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.registry.application.CampaignRecords.SupportedSchool;
import ru.portal500.roadmaps.application.RoadmapFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's counts over groups of schools, at dates whose window opened and one that did not. */
class DashboardFactsTest {

    static final LocalDate MAY = LocalDate.of(2026, 5, 31);
    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);
    static final List<SupportedSchool> SCHOOLS = List.of(
            new SupportedSchool(11, "Школа 1", "64/atkarsky/atk-1", 1, "Аткарский"),
            new SupportedSchool(12, "Школа 2", "64/atkarsky/atk-2", 1, "Аткарский"),
            new SupportedSchool(21, "Школа 3", "64/balashov/bal-1", 2, "Балашовский"));

    static Indicator indicator(Formula formula) {
        return Indicator.builtIn("64", BuiltInIndicators.ALL.stream()
                .filter(d -> d.formula() == formula).findFirst().orElseThrow());
    }

    static DashboardFacts facts() {
        DashboardFacts facts = new DashboardFacts(List.of(MAY, OCTOBER), List.of(true, false), SCHOOLS);
        facts.measures(Map.of(
                "64/atkarsky/atk-1", new RoadmapFacts.MeasureCounts(new long[]{4, 6}, new long[]{3, 3}, 2),
                "64/balashov/bal-1", new RoadmapFacts.MeasureCounts(new long[]{1, 1}, new long[]{0, 0}, 1),
                "64/elsewhere/x", new RoadmapFacts.MeasureCounts(new long[]{9, 9}, new long[]{9, 9}, 9)));
        facts.reports(List.of(new MonitoringRepository.Reported(11, MAY, true),
                new MonitoringRepository.Reported(12, MAY, false),
                new MonitoringRepository.Reported(99, MAY, true)));
        return facts;
    }

    @Test
    void sharesAddUpTheirCountsOverTheGroup() {
        DashboardFacts facts = facts();
        int[] all = facts.where(s -> true);
        assertEquals(Optional.of(new BigDecimal("60.0")), facts.value(indicator(Formula.MEASURES_ON_TIME), all, 0)
                .map(v -> v.setScale(1)));
        assertEquals(3, facts.overdue(all), "a school outside the campaign counts nowhere");
        assertEquals(2, facts.reported(all, 0));
        assertEquals(1, facts.reportedOnTime(all, 0));
        int[] atkarsky = facts.where(s -> facts.schools.get(s).municipalityId() == 1);
        assertArrayEquals(new int[]{0, 1}, atkarsky);
        assertEquals(Optional.of(new BigDecimal("75.0")), facts.value(indicator(Formula.MEASURES_ON_TIME), atkarsky, 0)
                .map(v -> v.setScale(1)));
    }

    @Test
    void aMunicipalityReportedWhenAllItsSchoolsDid() {
        DashboardFacts facts = facts();
        Indicator municipalities = indicator(Formula.MUNICIPALITIES_REPORTED);
        assertEquals(Optional.of(new BigDecimal("50.0")), facts.value(municipalities, facts.where(s -> true), 0)
                .map(v -> v.setScale(1)));
        assertEquals(2, facts.groups(facts.where(s -> true), true).size());
        assertEquals(3, facts.groups(facts.where(s -> true), false).size());
    }

    @Test
    void aDateWhoseWindowHasNotOpenedCountsNothing() {
        DashboardFacts facts = facts();
        assertTrue(facts.value(indicator(Formula.MEASURES_ON_TIME), facts.where(s -> true), 1).isEmpty());
        assertTrue(facts.value(indicator(Formula.SCHOOLS_REPORTED), facts.where(s -> true), 1).isEmpty());
    }

    @Test
    void anotherContextsCountIsSummedAndASchoolItDidNotAnswerForCountsNothing() {
        DashboardFacts facts = facts();
        facts.counted(Formula.CONTEST_ENTRIES, 0, Map.of(11L, new Share(2, 2), 21L, new Share(3, 3)));
        assertTrue(facts.counts(Formula.CONTEST_ENTRIES));
        assertEquals(Optional.of(BigDecimal.valueOf(5)), facts.value(indicator(Formula.CONTEST_ENTRIES),
                facts.where(s -> true), 0));
        facts.counted(Formula.APPROVED_DOCUMENTS, 0, Map.of(11L, new Share(1, 1), 12L, new Share(0, 1)));
        assertEquals(Optional.of(new BigDecimal("50.0")), facts.value(indicator(Formula.APPROVED_DOCUMENTS),
                facts.where(s -> true), 0).map(v -> v.setScale(1)));
    }
}
