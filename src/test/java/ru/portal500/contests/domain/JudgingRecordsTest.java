package ru.portal500.contests.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored side of judging: when judging opens (and what stands in its way, all at once), a juror's review (only
 * of an admitted entry, drafts with 409, locked once submitted, refused after the due date), a seat's cap, a
 * declared conflict, and which entries still wait for the organiser.
 */
class JudgingRecordsTest {

    private static final Instant AT = Instant.parse("2026-10-10T09:00:00Z");
    private static final ChangeStamp ORGANISER = new ChangeStamp("organiser", "Анна Организаторова", AT);
    private static final LocalDate OPEN = LocalDate.of(2026, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final LocalDate DURING = LocalDate.of(2026, 10, 10);
    private static final LocalDate JUDGING_ENDS = LocalDate.of(2026, 11, 21);
    private static final Entrant TEAM = new Entrant(EntrantKind.SCHOOL, 7, Scope.ofSchool("64", "01", "0101"),
            "МОУ «СОШ № 1»", "team", "Команда школы");

    private final Region saratov = new Region("64", "Саратовская область");

    private ChecklistVersion contestChecklist() {
        try (InputStream in = DefaultChecklists.open(DefaultChecklists.CONTEST_CASE_FILE)) {
            return new ChecklistVersion(saratov, DefaultChecklists.CONTEST_CASE, 1, "Оценка методического кейса",
                    DefaultChecklists.CONTEST_CASE, new String(in.readAllBytes(), StandardCharsets.UTF_8), ORGANISER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Contest published(ChecklistVersion checklist) {
        ContestSettings settings = new ContestSettings("Панорама методических кейсов", null, true, true, false, 1, 2,
                Set.of(), List.of(), 5, true, 2, 20, TieBreakSteps.standard());
        Contest contest = new Contest(saratov, 2027, settings, ORGANISER);
        contest.addNomination("Управленческие кейсы", checklist);
        contest.reschedule(new ContestStages(null, OPEN, LAST, LocalDate.of(2026, 11, 7), JUDGING_ENDS,
                LocalDate.of(2026, 11, 28)));
        contest.publishCall(LocalDate.of(2026, 9, 25));
        return contest;
    }

    private ContestEntry submitted(Contest contest) {
        ContestEntry entry = new ContestEntry(contest, contest.getNominations().get(0), TEAM,
                new CaseForm("Кейс о чтении", "Низкая мотивация", new TreeSet<>(Set.of(3)), null, null,
                        "Школа ввела час чтения.", List.of()), DURING, AT);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        return entry;
    }

    private static String russian(ContestRuleException e) {
        return Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
    }

    @Test
    void judgingOpensAfterTheCloseWithEveryEntryDecidedAndEveryNominationScoredNamingAllThatIsMissing() {
        Contest contest = published(null);
        ContestRuleException refused = assertThrows(ContestRuleException.class,
                () -> contest.openJudging(LAST, 2, AT));
        assertEquals("Открыть судейство пока нельзя: приём заявок идёт до 31.10.2026 включительно; 2 заявки ждут"
                + " решения организатора или доработки; у номинации «Управленческие кейсы» нет чек-листа.",
                russian(refused));
        assertFalse(contest.isJudging());

        contest.scoreNominationWith(contest.getNominations().get(0), contestChecklist());
        contest.openJudging(LAST.plusDays(1), 0, AT);
        assertTrue(contest.isJudging());
        assertEquals(AT, contest.getJudgingOpenedAt());
        ContestRuleException fixed = assertThrows(ContestRuleException.class,
                () -> contest.scoreNominationWith(contest.getNominations().get(0), null));
        assertEquals("Судейство открыто: чек-лист номинации менять нельзя.", russian(fixed));
        assertEquals("Судейство этого конкурса уже открыто.", russian(assertThrows(ContestRuleException.class,
                () -> contest.openJudging(LAST.plusDays(2), 0, AT))));
    }

    @Test
    void aReviewIsOfAnAdmittedEntryOnlyWhileJudgingIsOpen() {
        Contest contest = published(contestChecklist());
        ContestEntry entry = submitted(contest);
        assertEquals("Судейство этого конкурса ещё не открыто.", russian(assertThrows(ContestRuleException.class,
                () -> EntryReview.assign(entry, "juror", "Юлия", ORGANISER))));
        contest.openJudging(LAST.plusDays(1), 0, AT);
        assertEquals("Работа «Кейс о чтении» не допущена к оценке.", russian(assertThrows(
                ContestRuleException.class, () -> EntryReview.assign(entry, "juror", "Юлия", ORGANISER))));
        entry.admit(ORGANISER);
        EntryReview review = EntryReview.assign(entry, "juror", "Юлия", ORGANISER);
        assertTrue(review.isUntouched());
        assertEquals(JUDGING_ENDS, review.due());
    }

    @Test
    void aSheetIsSavedOverTheVersionReadAndLockedOnceSubmittedBeforeTheDueDate() {
        Contest contest = published(contestChecklist());
        ContestEntry entry = submitted(contest);
        entry.admit(ORGANISER);
        contest.openJudging(LAST.plusDays(1), 0, AT);
        EntryReview review = EntryReview.assign(entry, "juror", "Юлия", ORGANISER);

        review.saveDraft("{}", "Черновик", 0, JUDGING_ENDS, ORGANISER);
        assertEquals(ReviewState.DRAFT, review.getState());
        assertFalse(review.isUntouched(), "a saved review is not taken back");
        assertThrows(ConcurrentChangeException.class, () -> review.saveDraft("{}", "Другое окно", 1,
                JUDGING_ENDS, ORGANISER));

        ContestRuleException late = assertThrows(ContestRuleException.class, () -> review.submit("{}", "",
                BigDecimal.TEN, 0, JUDGING_ENDS.plusDays(1), ORGANISER));
        assertEquals("Срок оценки истёк 21.11.2026 в полночь (Europe/Moscow): оценку больше нельзя изменить или"
                + " отправить.", russian(late));
        assertTrue(review.isOverdue(JUDGING_ENDS.plusDays(1)));

        review.submit("{}", "Итог", new BigDecimal("12.5"), 0, JUDGING_ENDS, ORGANISER);
        assertEquals(ReviewState.SUBMITTED, review.getState());
        assertEquals(new BigDecimal("12.5000"), review.getTotal());
        assertEquals("Эта оценка уже отправлена или закрыта из-за конфликта интересов: изменить её нельзя.",
                russian(assertThrows(ContestRuleException.class, () -> review.saveDraft("{}", "", 0, JUDGING_ENDS,
                        ORGANISER))));
        assertThrows(ContestRuleException.class, () -> review.declareConflict("Поздно", ORGANISER));
    }

    @Test
    void aDeclaredConflictNeedsItsReasonAndClosesTheReview() {
        Contest contest = published(contestChecklist());
        ContestEntry entry = submitted(contest);
        entry.admit(ORGANISER);
        contest.openJudging(LAST.plusDays(1), 0, AT);
        EntryReview review = EntryReview.assign(entry, "juror", "Юлия", ORGANISER);
        String why = russian(assertThrows(ContestRuleException.class, () -> review.declareConflict("  ", ORGANISER)));
        assertTrue(why.matches("Укажите основание \\(не длиннее 2.000 знаков\\)\\."), why);
        review.declareConflict("Консультировала эту школу", ORGANISER);
        assertEquals(ReviewState.DECLARED, review.getState());
        assertFalse(review.getState().counts(), "a declared conflict is no review of the entry");
    }

    @Test
    void aSeatsCapIsAWholeNumberWithinItsLimitOrNone() {
        Contest contest = published(contestChecklist());
        JurySeat seat = new JurySeat(contest.getNominations().get(0), "juror", " Юлия ", null, ORGANISER);
        assertEquals("Юлия", seat.getFullName());
        assertEquals("Предел работ — целое число от 1 до 500 или пусто (без предела).",
                russian(assertThrows(ContestRuleException.class, () -> seat.limitTo(0))));
        seat.limitTo(12);
        assertEquals(12, seat.getMaxReviews());
    }

    @Test
    void anEntryAwaitsTheOrganiserWhileSubmittedOrBeingCompletedUntilItsDay() {
        Contest contest = published(contestChecklist());
        ContestEntry entry = submitted(contest);
        assertTrue(entry.awaitsEligibility(LAST.plusDays(1)));
        entry.returnForCompletion("Приложите итоги", LAST.plusDays(3), LAST.plusDays(1), ORGANISER);
        assertTrue(entry.awaitsEligibility(LAST.plusDays(3)));
        assertFalse(entry.awaitsEligibility(LAST.plusDays(4)), "its day passed: it was not completed");
    }
}
