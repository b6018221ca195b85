package ru.portal500.contests.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entry's own rules: the deadline, a complete form, the team's size, files, the eligibility decisions. */
class ContestEntryTest {

    private static final Instant AT = Instant.parse("2026-10-10T09:00:00Z");
    private static final ChangeStamp ORGANISER = new ChangeStamp("organiser", "Анна Организаторова", AT);
    private static final LocalDate OPEN = LocalDate.of(2026, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final LocalDate DURING = LocalDate.of(2026, 10, 10);
    private static final Entrant TEAM = new Entrant(EntrantKind.SCHOOL, 7, Scope.ofSchool("64", "01", "0101"),
            "МОУ «СОШ № 1»", "team", "Команда школы");

    private final Region saratov = new Region("64", "Саратовская область");

    private Contest published(Set<EntryField> fields, List<String> files) {
        ContestSettings settings = new ContestSettings("Панорама методических кейсов", null, true, true, false, 1, 2,
                fields, files, 5, true, 3, 20, TieBreakSteps.standard());
        Contest contest = new Contest(saratov, 2027, settings, ORGANISER);
        contest.addNomination("Управленческие кейсы", null);
        contest.reschedule(new ContestStages(null, OPEN, LAST, LocalDate.of(2026, 11, 7),
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28)));
        contest.publishCall(LocalDate.of(2026, 9, 25));
        return contest;
    }

    private ContestEntry draft(Contest contest) {
        return new ContestEntry(contest, contest.getNominations().get(0), TEAM, CaseForm.titled("Кейс о чтении"),
                DURING, AT);
    }

    private static CaseForm complete() {
        return new CaseForm("Кейс о чтении", "Низкая мотивация к чтению", new TreeSet<>(Set.of(3)),
                EducationLevel.BASIC, "Литература", "Школа ввела час чтения.", List.of("https://school.example/case"));
    }

    private static String russian(ContestRuleException e) {
        return Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
    }

    @Test
    void aSubmissionAfterTheLastDayIsRefusedNamingTheDeadlineAndTheZone() {
        Contest contest = published(Set.of(), List.of());
        ContestEntry entry = draft(contest);
        entry.describe(complete(), contest.getNominations().get(0), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        ContestRuleException late = assertThrows(ContestRuleException.class,
                () -> entry.submit(LAST.plusDays(1), AT));
        assertEquals("Приём заявок закончился 31.10.2026 в 24:00 по времени региона (Europe/Moscow): заявку уже"
                + " нельзя подать или изменить.", russian(late));
        assertEquals(EntryState.DRAFT, entry.getState());
        entry.submit(LAST, AT);
        assertEquals(EntryState.SUBMITTED, entry.getState());
    }

    @Test
    void noDraftIsOpenedBeforeEntriesOpenOrInADraftContest() {
        Contest contest = published(Set.of(), List.of());
        ContestRuleException early = assertThrows(ContestRuleException.class, () -> new ContestEntry(contest,
                contest.getNominations().get(0), TEAM, CaseForm.titled("Кейс"), OPEN.minusDays(1), AT));
        assertEquals("Приём заявок начнётся 01.10.2026.", russian(early));
        Contest draft = new Contest(saratov, 2027, ContestSettings.defaults("Черновик"), ORGANISER);
        draft.addNomination("Номинация", null);
        assertThrows(ContestRuleException.class, () -> new ContestEntry(draft, draft.getNominations().get(0), TEAM,
                CaseForm.titled("Кейс"), DURING, AT));
    }

    @Test
    void anIncompleteEntryNamesEveryMissingFieldFileAndTheTeamAtOnce() {
        Contest contest = published(EnumSet.of(EntryField.PROBLEM, EntryField.LEVEL), List.of("Презентация"));
        ContestEntry entry = draft(contest);
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> entry.submit(DURING, AT));
        String text = russian(e);
        assertTrue(text.startsWith("Заявку нельзя подать: "), text);
        for (String part : List.of("«Краткое описание»", "«Проблема и факторы риска»", "«Уровень образования»",
                "не приложен файл «Презентация»", "авторов 0, а нужно от 1 до 2")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertEquals(EntryState.DRAFT, entry.getState());
    }

    @Test
    void aRequiredFileIsCountedOnlyUnderItsOwnName() {
        Contest contest = published(Set.of(), List.of("Презентация"));
        ContestEntry entry = draft(contest);
        entry.describe(complete(), contest.getNominations().get(0), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.attach(new EntryUpload("a".repeat(64), "case.pdf", "application/pdf", 10, null), DURING);
        assertThrows(ContestRuleException.class, () -> entry.submit(DURING, AT));
        assertThrows(ContestRuleException.class, () -> entry.attach(new EntryUpload("b".repeat(64), "x.pdf",
                "application/pdf", 10, "Видео"), DURING));
        entry.attach(new EntryUpload("c".repeat(64), "slides.pdf", "application/pdf", 10, "Презентация"), DURING);
        entry.submit(DURING, AT);
        assertEquals(EntryState.SUBMITTED, entry.getState());
    }

    @Test
    void theTeamMayNotGrowBeyondTheCallsSizeOnSubmission() {
        Contest contest = published(Set.of(), List.of());
        ContestEntry entry = draft(contest);
        entry.describe(complete(), contest.getNominations().get(0), DURING);
        for (String who : List.of("a", "b", "c")) {
            entry.addAuthor(who, "Автор " + who, DURING);
        }
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> entry.submit(DURING, AT));
        assertTrue(russian(e).contains("авторов 3, а нужно от 1 до 2"), russian(e));
        assertThrows(ContestRuleException.class, () -> entry.addAuthor("a", "Автор a", DURING));
    }

    @Test
    void onlyAnAuthorConsentsAndConsentCanBeTakenBack() {
        ContestEntry entry = draft(published(Set.of(), List.of()));
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        assertThrows(ContestRuleException.class, () -> entry.consent("stranger", AT));
        entry.consent("teacher", AT);
        assertTrue(entry.getAuthors().get(0).isConsented());
        entry.withdrawConsent("teacher");
        assertFalse(entry.getAuthors().get(0).isConsented());
    }

    @Test
    void aReturnedEntryIsChangedUntilItsDeadlineEvenAfterTheCloseAndSubmittedAgain() {
        Contest contest = published(Set.of(), List.of());
        ContestEntry entry = draft(contest);
        entry.describe(complete(), contest.getNominations().get(0), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        LocalDate due = LAST.plusDays(3);
        assertThrows(ContestRuleException.class, () -> entry.returnForCompletion(" ", due, DURING, ORGANISER));
        assertThrows(ContestRuleException.class,
                () -> entry.returnForCompletion("Нет презентации", DURING.minusDays(1), DURING, ORGANISER));
        entry.returnForCompletion("Нет презентации", due, DURING, ORGANISER);
        assertEquals(EntryState.RETURNED, entry.getState());
        assertTrue(entry.isChangeable(LAST.plusDays(2)));
        ContestRuleException late = assertThrows(ContestRuleException.class, () -> entry.submit(due.plusDays(1), AT));
        assertEquals("Срок доработки истёк 03.11.2026: заявку изменить уже нельзя.", russian(late));
        entry.submit(due, AT);
        assertEquals(EntryState.SUBMITTED, entry.getState());
        entry.admit(ORGANISER);
        assertEquals(EntryState.ADMITTED, entry.getState());
        assertFalse(entry.isChangeable(DURING));
        assertThrows(ContestRuleException.class, () -> entry.refuse("Поздно", ORGANISER));
    }

    @Test
    void aDecisionNeedsASubmittedEntryAndARefusalItsReason() {
        ContestEntry entry = draft(published(Set.of(), List.of()));
        assertThrows(ContestRuleException.class, () -> entry.admit(ORGANISER));
        entry.describe(complete(), entry.getNomination(), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> entry.refuse("", ORGANISER));
        assertEquals("Укажите причину (не длиннее 2 000 знаков): участник её увидит.",
                russian(e).replaceAll("[\u00a0\u202f]", " "));
        entry.refuse("Кейс не о школе проекта", ORGANISER);
        assertEquals("Кейс не о школе проекта", entry.getDecisionReason().orElseThrow());
    }

    @Test
    void aWithdrawalComesBeforeTheEndOfTheCheck() {
        ContestEntry entry = draft(published(Set.of(), List.of()));
        entry.describe(complete(), entry.getNomination(), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        assertThrows(ContestRuleException.class, () -> entry.withdraw(LocalDate.of(2026, 11, 8)));
        entry.withdraw(LocalDate.of(2026, 11, 7));
        assertEquals(EntryState.WITHDRAWN, entry.getState());
        assertThrows(ContestRuleException.class, () -> entry.describe(complete(), entry.getNomination(), DURING));
    }

    @Test
    void theFormRefusesALinkThatIsNoWebAddressAndKeepsRiskFactorsInOrder() {
        ContestRuleException e = assertThrows(ContestRuleException.class, () -> new CaseForm("Кейс", null, null,
                null, null, null, List.of("javascript:alert(1)")));
        assertEquals("«javascript:alert(1)» — не адрес сайта: ссылка должна начинаться с http:// или https://.",
                russian(e));
        CaseForm form = new CaseForm("Кейс", null, new TreeSet<>(Set.of(7, 2)), null, null, null, null);
        assertEquals(List.of(2, 7), List.copyOf(form.riskFactors()));
        assertThrows(ContestRuleException.class, () -> new CaseForm("Кейс", null, new TreeSet<>(Set.of(0)), null,
                null, null, null));
    }

    @Test
    void theCallDecidesWhoMayEnter() {
        ContestSettings campaignOnly = ContestSettings.defaults("Конкурс");
        assertTrue(EntryEligibility.admits(campaignOnly, EntrantKind.SCHOOL, true));
        assertFalse(EntryEligibility.admits(campaignOnly, EntrantKind.SCHOOL, false));
        assertFalse(EntryEligibility.admits(campaignOnly, EntrantKind.TEACHER, true));
        ContestSettings teachers = new ContestSettings("Конкурс", null, false, false, true, 1, 1, Set.of(), List.of(),
                5, true, 3, 20, TieBreakSteps.standard());
        assertTrue(EntryEligibility.admits(teachers, EntrantKind.TEACHER, false));
        ContestRuleException e = assertThrows(ContestRuleException.class,
                () -> EntryEligibility.require(teachers, EntrantKind.SCHOOL, true));
        assertEquals("Конкурс принимает заявки только от педагогов лично, не от команд школ.", russian(e));
    }

    @Test
    void aDraftIsRemindedOnceInTheLastThreeDaysOfEntries() {
        ContestEntry entry = draft(published(Set.of(), List.of()));
        assertFalse(entry.owesDeadlineReminder(LAST.minusDays(4)), "too early");
        assertTrue(entry.owesDeadlineReminder(LAST.minusDays(3)));
        assertTrue(entry.owesDeadlineReminder(LAST), "the last day too");
        assertFalse(entry.owesDeadlineReminder(LAST.plusDays(1)), "closed: nothing to remind of");
        entry.remindedOfDeadline();
        assertFalse(entry.owesDeadlineReminder(LAST), "once");
        ContestEntry submitted = draft(published(Set.of(), List.of()));
        submitted.describe(complete(), submitted.getNomination(), DURING);
        submitted.addAuthor("teacher", "Ирина Петровна", DURING);
        submitted.submit(DURING, AT);
        assertFalse(submitted.owesDeadlineReminder(LAST), "a submitted entry owes nothing");
    }

    @Test
    void aSubmittedEntryKeepsWhatItsSubmissionNeeded() {
        Contest contest = published(Set.of(EntryField.PROBLEM), List.of("Презентация"));
        ContestEntry entry = draft(contest);
        entry.describe(complete(), contest.getNominations().get(0), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.attach(new EntryUpload("c".repeat(64), "slides.pdf", "application/pdf", 10, "Презентация"), DURING);
        entry.submit(DURING, AT);
        ContestRuleException noAuthor = assertThrows(ContestRuleException.class,
                () -> entry.removeAuthor("teacher", DURING));
        assertEquals("Поданная заявка должна оставаться полной: авторов 0, а нужно от 1 до 2. Изменение не сохранено.",
                russian(noAuthor));
        assertEquals(1, entry.getAuthors().size(), "nothing taken away");
        CaseForm noProblem = new CaseForm("Кейс о чтении", null, null, null, null, "Итоги", null);
        assertThrows(ContestRuleException.class, () -> entry.describe(noProblem, entry.getNomination(), DURING));
        assertEquals("Низкая мотивация к чтению", entry.form().problem());
        entry.addAuthor("second", "Второй автор", DURING);
        entry.removeAuthor("teacher", DURING);
        assertEquals(1, entry.getAuthors().size(), "a change that keeps it complete is taken");
    }

    @Test
    void aCompletionDeadlineEndsWithTheCheckOfEntries() {
        ContestEntry entry = draft(published(Set.of(), List.of()));
        entry.describe(complete(), entry.getNomination(), DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        ContestRuleException late = assertThrows(ContestRuleException.class, () -> entry.returnForCompletion(
                "Нет итогов", LocalDate.of(2026, 11, 8), DURING, ORGANISER));
        assertEquals("Срок доработки — не позже последнего дня проверки заявок (07.11.2026).", russian(late));
        entry.returnForCompletion("Нет итогов", LocalDate.of(2026, 11, 7), DURING, ORGANISER);
    }

    @Test
    void aCyrillicDomainIsAWebAddress() {
        CaseForm form = new CaseForm("Кейс", null, null, null, null, null, List.of("http://пример.рф/кейс",
                "https://school.example/a?b=c"));
        assertEquals(2, form.links().size());
        for (String bad : List.of("www.site", "http://", "http://пример .рф", "ftp://files.example")) {
            assertThrows(ContestRuleException.class, () -> new CaseForm("Кейс", null, null, null, null, null,
                    List.of(bad)), bad);
        }
    }
}
