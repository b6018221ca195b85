package ru.portal500.expertise.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RoundReportTest {

    private static RoundReport.Line line(long document, String reviewer, String school, ReviewState state,
                                         boolean overdue) {
        return new RoundReport.Line(document, reviewer, school, "Аткарский", state, overdue);
    }

    @Test
    void countsEachReviewOnceByReviewerSchoolAndMunicipality() {
        RoundReport report = new RoundReport(List.of(
                line(1, "Иванова", "СОШ № 1", ReviewState.SUBMITTED, false),
                line(1, "Петров", "СОШ № 1", ReviewState.DRAFT, true),
                line(2, "Иванова", "СОШ № 2", ReviewState.ASSIGNED, true),
                line(2, "Сидоров", "СОШ № 2", ReviewState.DECLINED, false),
                line(2, "Петров", "СОШ № 2", ReviewState.SUBMITTED, false)), Map.of(1L, "CONFORMS"));
        RoundReport.Progress total = report.getTotal();
        assertEquals(4, total.assigned(), "a declined review is not counted as assigned");
        assertEquals(2, total.done());
        assertEquals(1, total.inProgress());
        assertEquals(1, total.notStarted());
        assertEquals(2, total.overdue());
        assertEquals(1, total.declined());
        assertEquals(50, total.getPercentDone());
        assertEquals(List.of("Иванова", "Петров", "Сидоров"),
                report.getByReviewer().stream().map(RoundReport.Progress::name).toList());
        RoundReport.Progress petrov = report.getByReviewer().get(1);
        assertEquals(2, petrov.assigned());
        assertEquals(1, petrov.done());
        assertEquals(1, petrov.overdue());
        assertEquals(2, report.getBySchool().size());
        assertEquals(4, report.getByMunicipality().get(0).assigned());
        assertEquals(2, report.getDocuments());
    }

    @Test
    void theConformingShareCountsDocumentsWithAResult() {
        assertNull(new RoundReport(List.of(), Map.of()).getConformingPercent(), "no result yet, no share");
        RoundReport report = new RoundReport(List.of(), Map.of(1L, "CONFORMS", 2L, "CONFORMS_WITH_REMARKS",
                3L, "DOES_NOT_CONFORM", 4L, "CONFORMS", 5L, "CONFORMS"));
        assertEquals(80, report.getConformingPercent(), "4 of 5, with remarks counted as conforming");
        assertEquals(4, report.getDocumentsConforming());
    }
}
