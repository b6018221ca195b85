package ru.portal500.contests.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contest's own rules: stages in order, a complete call, nomination edits, settings within bounds. */
class ContestTest {

    private static final ChangeStamp BY = new ChangeStamp("organiser", "Анна Организаторова", Instant.parse("2026-09-01T09:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 20);
    private final Region saratov = new Region("64", "Саратовская область");

    private Contest draft() {
        return new Contest(saratov, 2027, ContestSettings.defaults("Панорама методических кейсов"), BY);
    }

    private static ContestStages autumn() {
        return new ContestStages(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28));
    }

    private static String russian(ContestRuleException e) {
        return Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
    }

    @Test
    void aStageBeforeTheOneBeforeItIsRefusedNamingBothStagesAndDays() {
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> new ContestStages(null,
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 1), null, null, null));
        assertEquals("Этап «Последний день приёма заявок» (01.10.2026) не может быть раньше этапа «Начало приёма заявок»"
                + " (05.10.2026).", russian(e));
    }

    @Test
    void stagesLeftOutAreSkippedWhenTheOrderIsChecked() {
        ContestStages stages = new ContestStages(LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 30), null,
                LocalDate.of(2026, 10, 30), null);
        assertEquals(List.of(ContestStage.ENTRIES_OPEN, ContestStage.ELIGIBILITY_CHECK, ContestStage.RESULTS),
                stages.missing());
        assertThrows(ContestRuleException.class, () -> new ContestStages(LocalDate.of(2026, 9, 1), null, null, null,
                LocalDate.of(2026, 8, 30), null));
    }

    @Test
    void entriesCloseAtMidnightAfterTheLastDayInTheRegionsZone() {
        assertEquals(Instant.parse("2026-10-31T20:00:00Z"), autumn().entriesCloseAt(ZoneId.of("Europe/Saratov")));
        assertEquals(Instant.parse("2026-10-31T21:00:00Z"), autumn().entriesCloseAt(ZoneId.of("Europe/Moscow")));
    }

    @Test
    void anEmptyDraftCannotBePublishedAndEveryMissingThingIsNamed() {
        Contest contest = draft();
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> contest.publishCall(TODAY));
        String message = russian(e);
        assertTrue(message.startsWith("Объявить конкурс пока нельзя: нет ни одной номинации; не задан срок этапа"
                + " «Начало приёма заявок»; "), message);
        assertTrue(message.endsWith("; не задан срок этапа «Подведение итогов»."), message);
        assertTrue(!message.contains("«Объявление конкурса»"), "the call's day is the day it is published: " + message);
        for (ContestStage stage : List.of(ContestStage.ENTRIES_OPEN, ContestStage.ENTRIES_CLOSE,
                ContestStage.ELIGIBILITY_CHECK, ContestStage.JUDGING, ContestStage.RESULTS)) {
            assertTrue(message.contains("«" + Texts.get(Texts.RUSSIAN, "ContestStage." + stage.name()) + "»"), message);
        }
        assertEquals(ContestState.DRAFT, contest.getState());
    }

    @Test
    void aCompleteDraftIsPublishedTodayAndOnlyOnce() {
        Contest contest = draft();
        contest.addNomination("Управленческие практики", null);
        contest.reschedule(autumn());
        contest.publishCall(TODAY);
        assertEquals(ContestState.CALL_PUBLISHED, contest.getState());
        assertEquals(TODAY, contest.stages().callPublished(), "the call's day is the day it was published");
        assertThrows(ContestRuleException.class, () -> contest.publishCall(TODAY));
    }

    @Test
    void aCallPublishedAfterEntriesWereToOpenIsRefusedNamingTheDays() {
        Contest contest = draft();
        contest.addNomination("Управленческие практики", null);
        contest.reschedule(autumn());
        ContestRuleException e = assertThrows(ContestRuleException.class,
                () -> contest.publishCall(LocalDate.of(2026, 10, 2)));
        assertEquals("Этап «Начало приёма заявок» (01.10.2026) не может быть раньше этапа «Объявление конкурса»"
                + " (02.10.2026).", russian(e));
        assertEquals(ContestState.DRAFT, contest.getState());
    }

    @Test
    void aCallWhoseEntriesHaveClosedIsNotPublished() {
        Contest contest = draft();
        contest.addNomination("Управленческие практики", null);
        contest.reschedule(autumn());
        ContestRuleException e = assertThrows(ContestRuleException.class,
                () -> contest.publishCall(LocalDate.of(2026, 11, 1)));
        assertEquals("Объявить конкурс пока нельзя: последний день приёма заявок (31.10.2026) уже прошёл.", russian(e));
        assertEquals(LocalDate.of(2026, 9, 25), contest.stages().callPublished(), "nothing changed");
    }

    @Test
    void aPublishedCallKeepsEveryDate() {
        Contest contest = draft();
        contest.addNomination("Управленческие практики", null);
        contest.reschedule(autumn());
        contest.publishCall(TODAY);
        ContestStages withoutResults = new ContestStages(TODAY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 21), null);
        assertThrows(ContestRuleException.class, () -> contest.reschedule(withoutResults));
        assertEquals(LocalDate.of(2026, 11, 28), contest.stages().results());
    }

    @Test
    void nominationsAreAddedRenamedAndRemovedKeepingTheirOrderAndUniqueTitles() {
        Contest contest = draft();
        Nomination first = contest.addNomination("Управленческие практики", null);
        Nomination second = contest.addNomination("Педагогические практики", null);
        Nomination third = contest.addNomination("Работа с родителями", null);
        assertThrows(ContestRuleException.class, () -> contest.addNomination(" управленческие практики ", null));
        assertThrows(ContestRuleException.class, () -> contest.renameNomination(second, "Работа с родителями"));
        assertThrows(ContestRuleException.class, () -> contest.addNomination("  ", null));
        contest.renameNomination(second, "Практики учителей");
        contest.removeNomination(first);
        assertEquals(List.of("Практики учителей", "Работа с родителями"),
                contest.getNominations().stream().map(Nomination::getTitle).toList());
        assertEquals(List.of(1, 2), contest.getNominations().stream().map(Nomination::getPosition).toList());
        assertThrows(ContestRuleException.class, () -> contest.removeNomination(first), "already removed");
        assertEquals(third, contest.getNominations().get(1));
    }

    @Test
    void aNominationIsScoredOnlyWithItsOwnRegionsChecklist() {
        Contest contest = draft();
        ChecklistVersion krasnodar = new ChecklistVersion(new Region("23", "Краснодарский край"), "CONCEPT", 1,
                "Чек-лист концепции", "CONCEPT", "{}", BY);
        ChecklistVersion saratovs = new ChecklistVersion(saratov, "CONCEPT", 1, "Чек-лист концепции", "CONCEPT", "{}", BY);
        assertThrows(ContestRuleException.class, () -> contest.addNomination("Кейсы", krasnodar));
        Nomination nomination = contest.addNomination("Кейсы", saratovs);
        assertEquals(saratovs, nomination.getChecklist());
        contest.scoreNominationWith(nomination, null);
        assertEquals(null, nomination.getChecklist());
    }

    @Test
    void settingsOutOfTheirBoundsAreRefused() {
        assertThrows(ContestRuleException.class, () -> settings(0, 5, 5, 3, 20));
        assertThrows(ContestRuleException.class, () -> settings(3, 2, 5, 3, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 21, 5, 3, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 5, 0, 3, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 5, 101, 3, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 5, 5, 0, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 5, 5, 11, 20));
        assertThrows(ContestRuleException.class, () -> settings(1, 5, 5, 3, 0));
        assertThrows(ContestRuleException.class, () -> new ContestSettings("Конкурс", null, false, false, false, 1, 5,
                Set.of(), List.of(), 5, true, 3, 20, null), "nobody may enter");
        assertThrows(ContestRuleException.class, () -> new ContestSettings(" ", null, true, false, false, 1, 5,
                Set.of(), List.of(), 5, true, 3, 20, null), "no title");
        ContestSettings fine = settings(1, 20, 100, 10, 100);
        assertEquals(20, fine.teamMax());
        assertEquals(TieBreakSteps.standard(), fine.tieBreak(), "the standard chain unless one is given");
    }

    @Test
    void aNewContestIsADraftExpectingFiveEntriesPerNomination() {
        Contest contest = draft();
        assertEquals(ContestState.DRAFT, contest.getState());
        assertEquals(5, contest.getMinEntries());
        assertEquals(3, contest.getReviewsPerEntry());
        assertTrue(contest.isBlind());
        assertEquals(List.of("TOTAL", "EARLIER_SUBMISSION"), contest.getTieBreak().codes());
    }

    @Test
    void settingsAreKeptAsGiven() {
        Contest contest = draft();
        contest.change(new ContestSettings("Панорама", "Описание", true, true, true, 2, 4,
                Set.of(EntryField.LEVEL, EntryField.PROBLEM), List.of("Описание кейса", " ", "Презентация"), 7, false,
                2, 15, new TieBreakSteps(List.of("total", "criterion:K3", "EARLIER_SUBMISSION")), true));
        ContestSettings kept = contest.settings();
        assertTrue(kept.normalisedRanking(), "places by the jury's normalised scores, as chosen");
        assertTrue(contest.isNormalisedRanking());
        assertEquals(Set.of(EntryField.LEVEL, EntryField.PROBLEM), kept.requiredFields());
        assertEquals(List.of("Описание кейса", "Презентация"), kept.requiredFiles());
        assertEquals(List.of("TOTAL", "CRITERION:K3", "EARLIER_SUBMISSION"), kept.tieBreak().codes());
        assertEquals(List.of("K3"), kept.tieBreak().criteria());
        assertEquals(7, kept.minEntries());
        assertFalse(ContestSettings.defaults("Новый").normalisedRanking(), "a new contest ranks by the raw mean");
    }

    @Test
    void aTieBreakChainNamesKnownStepsOnceEach() {
        assertThrows(ContestRuleException.class, () -> new TieBreakSteps(List.of("TOTAL", "LOTTERY")));
        assertThrows(ContestRuleException.class, () -> new TieBreakSteps(List.of("TOTAL", "total")));
        assertThrows(ContestRuleException.class, () -> new TieBreakSteps(List.of("CRITERION:")));
        assertThrows(ContestRuleException.class, () -> new TieBreakSteps(List.of(" ")));
        assertEquals("TOTAL,CRITERION:К3", new TieBreakSteps(List.of("TOTAL", "CRITERION:К3")).stored());
    }

    private static ContestSettings settings(int teamMin, int teamMax, int minEntries, int reviews, int divergence) {
        return new ContestSettings("Конкурс", null, true, false, false, teamMin, teamMax, Set.of(), List.of(),
                minEntries, true, reviews, divergence, null);
    }
}
