package ru.portal500.contests.web;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tie-break chain on the contest's form: chosen in words step by step after the total, stored as codes. */
class TieBreakFormTest {

    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова",
            Instant.parse("2026-09-01T09:00:00Z"));
    private final Region saratov = new Region("64", "Саратовская область");

    @Test
    void theChainIsReadIntoStepsAfterTheTotalAndWrittenBackInOrderSkippingEmptyOnes() {
        ContestBacking.SettingsForm form = new ContestBacking.SettingsForm();
        form.read(new ContestSettings("Панорама", null, true, false, false, 1, 5, java.util.Set.of(), List.of(), 5,
                true, 3, 20, new TieBreakSteps(List.of("TOTAL", "CRITERION:K3", "EARLIER_SUBMISSION"))));
        assertArrayEquals(new String[] {"CRITERION:K3", "EARLIER_SUBMISSION", null}, form.getTieBreak());
        form.getTieBreak()[0] = "";
        form.getTieBreak()[2] = null;
        assertEquals(List.of("TOTAL", "EARLIER_SUBMISSION"), form.chain(), "an empty step is skipped");
        form.getTieBreak()[0] = "CRITERION:K1";
        assertEquals(List.of("TOTAL", "CRITERION:K1", "EARLIER_SUBMISSION"), form.chain());
    }

    @Test
    void theChoicesAreTheScoredCriteriaOfTheNominationsChecklistsInWordsThenTheEarlierSubmission() throws IOException {
        Contest contest = new Contest(saratov, 2027, ContestSettings.defaults("Панорама"), BY);
        contest.addNomination("Управленческие практики", concept());
        List<TieBreakChoices.Choice> choices = TieBreakChoices.of(contest, List.of("TOTAL", "CRITERION:Z9"),
                Texts.RUSSIAN);
        TieBreakChoices.Choice first = choices.get(0);
        assertTrue(first.code().startsWith("CRITERION:") && first.label().startsWith("балл по критерию ")
                && first.label().contains(": "), first.toString());
        assertTrue(choices.stream().anyMatch(c -> c.code().equals("EARLIER_SUBMISSION")
                && c.label().equals("более ранняя подача работы")), choices.toString());
        assertEquals("CRITERION:Z9", choices.get(choices.size() - 1).code(),
                "a step the chain holds that no checklist offers is kept: " + choices);
        assertTrue(choices.stream().noneMatch(c -> c.code().equals("TOTAL")), "the total is always first, not chosen");
    }

    private ChecklistVersion concept() throws IOException {
        try (InputStream in = DefaultChecklists.open("concept.json")) {
            return new ChecklistVersion(saratov, "concept", 1, "Экспертиза концепции развития школы", "concept",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), BY);
        }
    }
}
