package ru.portal500.contests.application;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Region;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judging settings the rules get from a contest: its reviews, its divergence threshold and how it ranks. */
class JudgingStateTest {

    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова",
            Instant.parse("2026-09-01T09:00:00Z"));

    private static Checklist checklist() throws IOException {
        try (InputStream in = DefaultChecklists.open("concept.json")) {
            return new ChecklistJsonReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .validChecklist();
        }
    }

    private static JudgingState stateOf(Contest contest) {
        return new JudgingState(contest, List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void theContestsChoiceOfRankingReachesTheRules() throws IOException {
        Region saratov = new Region("64", "Саратовская область");
        ContestSettings raw = ContestSettings.defaults("Панорама методических кейсов");
        Contest byRawMean = new Contest(saratov, 2027, raw, BY);
        assertFalse(stateOf(byRawMean).settings(checklist()).normalisedRanking(), "by the raw mean unless chosen");

        Contest byNormalised = new Contest(saratov, 2027, new ContestSettings(raw.title(), null, true, false, false,
                1, 5, raw.requiredFields(), List.of(), 5, true, 4, 15, raw.tieBreak(), true), BY);
        var settings = stateOf(byNormalised).settings(checklist());
        assertTrue(settings.normalisedRanking(), "places by the jurors' normalised scores, as the contest chose");
        assertEquals(4, settings.reviewsPerEntry());
        assertEquals(0, settings.divergence().totalSpreadPercentPoints().compareTo(java.math.BigDecimal.valueOf(15)));
    }
}
