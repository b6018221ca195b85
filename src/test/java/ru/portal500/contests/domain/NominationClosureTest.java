package ru.portal500.contests.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.Scope;

import java.lang.reflect.Field;
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
 * A nomination short of the contest's minimum merged into another or cancelled: only between the close of entries and
 * the opening of judging, only while at risk, always with a reason; its entries follow.
 */
class NominationClosureTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final ChangeStamp ORGANISER = new ChangeStamp("organiser", "Анна Организаторова", AT);
    private static final LocalDate OPEN = LocalDate.of(2026, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final LocalDate DURING = LocalDate.of(2026, 10, 10);
    private static final LocalDate AFTER = LocalDate.of(2026, 11, 2);
    private static final Entrant TEAM = new Entrant(EntrantKind.SCHOOL, 7, Scope.ofSchool("64", "01", "0101"),
            "МОУ «СОШ № 1»", "team", "Команда школы");

    private final Contest contest = published();
    private final Nomination management = contest.getNominations().get(0);
    private final Nomination teaching = contest.getNominations().get(1);

    private static Contest published() {
        ContestSettings settings = new ContestSettings("Панорама методических кейсов", null, true, true, false, 1, 2,
                Set.of(), List.of(), 5, true, 3, 20, TieBreakSteps.standard());
        Contest contest = new Contest(new Region("64", "Саратовская область"), 2027, settings, ORGANISER);
        identify(contest.addNomination("Управленческие кейсы", null), 1L);
        identify(contest.addNomination("Педагогические кейсы", null), 2L);
        contest.reschedule(new ContestStages(null, OPEN, LAST, LocalDate.of(2026, 11, 7),
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 28)));
        contest.publishCall(LocalDate.of(2026, 9, 25));
        return contest;
    }

    /** The id the database would give (the rules compare nominations by id). */
    private static void identify(Nomination nomination, long id) {
        try {
            Field field = Nomination.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(nomination, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private ContestEntry submitted(Nomination nomination) {
        ContestEntry entry = new ContestEntry(contest, nomination, TEAM, CaseForm.titled("Кейс"), DURING, AT);
        entry.describe(new CaseForm("Кейс о чтении", "Низкая мотивация к чтению", new TreeSet<>(Set.of(3)),
                EducationLevel.BASIC, "Литература", "Школа ввела час чтения.", List.of()), nomination, DURING);
        entry.addAuthor("teacher", "Ирина Петровна", DURING);
        entry.submit(DURING, AT);
        return entry;
    }

    private static String russian(BusinessException e) {
        return Texts.get(Texts.RUSSIAN, e.messageKey(), e.arguments());
    }

    @Test
    void aMergedNominationLeavesTheContestAndItsEntriesGoOnInTheOther() {
        ContestEntry entry = submitted(management);
        contest.closeNomination(management, teaching, 1, "  Мало заявок  ", AFTER, ORGANISER);
        assertFalse(management.isOpen());
        assertEquals(teaching, management.getMergedInto().orElseThrow());
        assertEquals("Мало заявок", management.getClosedReason());
        assertEquals(List.of(teaching), contest.getOpenNominations());
        assertEquals(2, contest.getNominations().size(), "the closed nomination stays for the history");
        entry.mergedInto(teaching);
        assertEquals(teaching, entry.getNomination());
        assertEquals(EntryState.SUBMITTED, entry.getState(), "the entry goes on as it stands");
        assertThrows(ContestRuleException.class, () -> entry.mergedInto(management), "not into a closed one");
        ContestRuleException renamed = assertThrows(ContestRuleException.class,
                () -> contest.renameNomination(management, "Другое название"));
        assertEquals("Номинация «Управленческие кейсы» уже объединена с другой или отменена.", russian(renamed));
        assertThrows(ContestRuleException.class, () -> contest.removeNomination(management),
                "what was decided stays for the history and the public page");
    }

    @Test
    void aCancelledNominationsEntriesAreRefusedWithTheReasonAndDraftsStayAsTheyAre() {
        ContestEntry entry = submitted(management);
        ContestEntry draft = new ContestEntry(contest, management, TEAM, CaseForm.titled("Черновик"), DURING, AT);
        contest.closeNomination(management, null, 1, "Номинация не набрала заявок", AFTER, ORGANISER);
        assertTrue(management.getClosure().isPresent());
        assertTrue(management.getMergedInto().isEmpty());
        assertTrue(entry.nominationCancelled(management.getClosedReason(), ORGANISER));
        assertEquals(EntryState.REFUSED, entry.getState());
        assertEquals("Номинация не набрала заявок", entry.getDecisionReason().orElseThrow());
        assertFalse(draft.nominationCancelled("Номинация не набрала заявок", ORGANISER));
        assertEquals(EntryState.DRAFT, draft.getState());
    }

    @Test
    void nothingIsClosedWhileEntriesAreTakenNorWithoutAReasonNorWhenTheMinimumIsMet() {
        ContestRuleException early = assertThrows(ContestRuleException.class,
                () -> contest.closeNomination(management, teaching, 1, "Мало заявок", LAST, ORGANISER));
        assertEquals("Номинацию можно объединить с другой или отменить только после окончания приёма заявок"
                + " (31.10.2026).", russian(early));
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> contest.closeNomination(management, null, 1, " ", AFTER, ORGANISER));
        assertEquals("contests.quota.reasonRequired", noReason.messageKey());
        BusinessException enough = assertThrows(BusinessException.class,
                () -> contest.closeNomination(management, null, 5, "Мало", AFTER, ORGANISER));
        assertEquals("Номинацию нельзя объединить или отменить: в ней 5 работ при минимуме 5.", russian(enough));
        BusinessException itself = assertThrows(BusinessException.class,
                () -> contest.closeNomination(management, management, 1, "Мало", AFTER, ORGANISER));
        assertEquals("contests.quota.mergeIntoItself", itself.messageKey());
        assertTrue(management.isOpen() && teaching.isOpen(), "nothing half-done");
        contest.closeNomination(teaching, null, 0, "Нет заявок", AFTER, ORGANISER);
        ContestRuleException twice = assertThrows(ContestRuleException.class,
                () -> contest.closeNomination(management, teaching, 1, "Мало", AFTER, ORGANISER));
        assertEquals("Номинация «Педагогические кейсы» уже объединена с другой или отменена.", russian(twice));
    }
}
