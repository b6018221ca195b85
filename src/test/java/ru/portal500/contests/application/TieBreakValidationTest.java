package ru.portal500.contests.application;

import org.junit.jupiter.api.Test;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.contests.judging.JudgingRuleException;
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

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contest's chain checked by the judging rules against the checklists of its nominations. */
class TieBreakValidationTest {

    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова",
            Instant.parse("2026-09-01T09:00:00Z"));
    private final Region saratov = new Region("64", "Саратовская область");
    private final TieBreakValidation validation = new TieBreakValidation();

    private Contest contest() {
        return new Contest(saratov, 2027, ContestSettings.defaults("Панорама методических кейсов"), BY);
    }

    private ChecklistVersion concept() throws IOException {
        try (InputStream in = DefaultChecklists.open("concept.json")) {
            return new ChecklistVersion(saratov, "concept", 1, "Экспертиза концепции развития школы", "concept",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), BY);
        }
    }

    private static TieBreakSteps chain(String... codes) {
        return new TieBreakSteps(List.of(codes));
    }

    @Test
    void aCriterionNotInANominationsChecklistIsRefusedNamingItAndTheChecklist() throws IOException {
        Contest contest = contest();
        contest.addNomination("Управленческие практики", concept());
        JudgingRuleException e = assertThrows(JudgingRuleException.class,
                () -> validation.check(contest, chain("TOTAL", "CRITERION:K77", "EARLIER_SUBMISSION")));
        String russian = Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
        assertEquals("contests.tieBreak.unknownCriterion", e.messageKey());
        assertEquals(true, russian.contains("K77") && russian.contains("Экспертиза концепции развития школы"), russian);
        assertDoesNotThrow(() -> validation.check(contest, chain("TOTAL", "CRITERION:K3", "EARLIER_SUBMISSION")));
    }

    @Test
    void theJudgingRulesFormIsCheckedToo() throws IOException {
        Contest contest = contest();
        contest.addNomination("Педагогические практики", concept());
        assertEquals("contests.tieBreak.totalFirst", assertThrows(JudgingRuleException.class,
                () -> validation.check(contest, chain("CRITERION:K3", "TOTAL", "EARLIER_SUBMISSION"))).messageKey());
        assertEquals("contests.tieBreak.mustEndDecisive", assertThrows(JudgingRuleException.class,
                () -> validation.check(contest, chain("TOTAL", "CRITERION:K3"))).messageKey());
    }

    @Test
    void aNominationWithoutAChecklistIsCheckedWhenItGetsOne() {
        Contest contest = contest();
        contest.addNomination("Без чек-листа", null);
        assertDoesNotThrow(() -> validation.check(contest, chain("TOTAL", "CRITERION:K77", "EARLIER_SUBMISSION")));
    }
}
