package ru.portal500.expertise.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.StoredContent;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpertReviewTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final Municipality ATKARSKY = new Municipality(REGION, "atkarsky", "Аткарский район");
    private static final School ATK1 = new School(ATKARSKY, "atk-1", "СОШ № 1");
    private static final School ATK3 = new School(ATKARSKY, "atk-3", "СОШ № 3");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            LocalDate.parse("2025-12-20"), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"),
            LocalDate.parse("2026-04-30"), null, null, null, List.of()));
    private static final LocalDate DUE = LocalDate.parse("2026-05-20");
    private static final ChangeStamp BY = new ChangeStamp("operator", "Оператор", Instant.parse("2026-05-01T09:00:00Z"));

    private static ExpertiseRound round(RoundKind kind) {
        ChecklistVersion checklist = new ChecklistVersion(REGION, "CONCEPT", 1, "Экспертиза концепции", "CONCEPT", "{}", BY);
        return new ExpertiseRound(CAMPAIGN, null, kind, "Экспертиза", checklist,
                new RoundSettings(2, 0, false, true, 20, DUE), BY);
    }

    private static Document concept(School school) {
        Document document = new Document(CAMPAIGN, school, new DocumentType(REGION, 1, DocumentType.DEFAULTS.get(0)),
                null, "CONCEPT", "Концепция развития", DUE, BY.at());
        document.upload(new StoredContent("a".repeat(64), 10, "application/pdf", "Концепция.pdf"), BY);
        return document;
    }

    @Test
    void aSubmitLocksTheSheetAndComesBeforeTheDueDate() {
        ExpertReview review = ExpertReview.byExpert(round(RoundKind.REGIONAL), concept(ATK1), "expert", "Эксперт", BY);
        review.saveDraft("{}", "Черновик", 0, BY);
        ExpertiseRuleException late = assertThrows(ExpertiseRuleException.class, () -> review.submit("{}", "", 0.9,
                "CONFORMS", 0, DUE.plusDays(1), BY));
        assertEquals("expertise.error.pastDue", late.messageKey());
        review.submit("{}", "Готово", 0.9, "CONFORMS", 0, DUE, BY);
        assertEquals(ReviewState.SUBMITTED, review.getState());
        assertEquals("expertise.error.reviewLocked", assertThrows(ExpertiseRuleException.class,
                () -> review.saveDraft("{}", "", 0, BY)).messageKey());
        assertEquals("expertise.error.reviewLocked", assertThrows(ExpertiseRuleException.class,
                () -> review.decline("Передумал", BY)).messageKey());
    }

    @Test
    void aFormReadBeforeAnotherSaveIsRefused() {
        ExpertReview review = ExpertReview.byExpert(round(RoundKind.REGIONAL), concept(ATK1), "expert", "Эксперт", BY);
        assertThrows(ConcurrentChangeException.class, () -> review.saveDraft("{}", "", 7, BY));
    }

    @Test
    void aConflictIsDeclaredBeforeOpeningAndADeclineNeedsAReason() {
        ExpertReview review = ExpertReview.byExpert(round(RoundKind.REGIONAL), concept(ATK1), "expert", "Эксперт", BY);
        assertEquals("expertise.error.reason", assertThrows(ExpertiseRuleException.class,
                () -> review.decline("   ", BY)).messageKey());
        review.saveDraft("{}", "", 0, BY);
        assertEquals("expertise.error.conflictAfterOpening", assertThrows(ExpertiseRuleException.class,
                () -> review.declareConflict("Работала там", BY)).messageKey());
        review.decline("Нет времени", BY);
        assertEquals(ReviewState.DECLINED, review.getState());
    }

    @Test
    void aSchoolNeverReviewsItsOwnDocumentAndAClosedRoundTakesNoReviews() {
        ExpertiseRound mutual = round(RoundKind.MUTUAL);
        assertEquals("expertise.error.ownDocument", assertThrows(ExpertiseRuleException.class,
                () -> ExpertReview.bySchool(mutual, concept(ATK1), ATK1, BY)).messageKey());
        ExpertReview.bySchool(mutual, concept(ATK1), ATK3, BY);
        mutual.close();
        assertEquals("expertise.error.roundClosed", assertThrows(ExpertiseRuleException.class,
                () -> ExpertReview.bySchool(mutual, concept(ATK1), ATK3, BY)).messageKey());
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(ExpertiseRuleException.class, () -> new RoundSettings(0, 0, false, false, 20, DUE));
        assertThrows(ExpertiseRuleException.class, () -> new RoundSettings(2, 51, false, false, 20, DUE));
        assertThrows(ExpertiseRuleException.class, () -> new RoundSettings(2, 0, false, false, 0, DUE));
        assertThrows(ExpertiseRuleException.class, () -> new RoundSettings(2, 0, false, false, 20, null));
    }

    @Test
    void aReviewIsRemindedThreeDaysBeforeItsDueDateAndOnceAfter() {
        ExpertReview review = ExpertReview.byExpert(round(RoundKind.REGIONAL), concept(ATK1), "expert", "Эксперт", BY);
        assertEquals(Reminder.NONE, Reminder.owed(review, DUE.minusDays(4)));
        assertEquals(Reminder.DUE_SOON, Reminder.owed(review, DUE.minusDays(3)));
        assertEquals(Reminder.DUE_SOON, Reminder.owed(review, DUE));
        assertEquals(Reminder.OVERDUE, Reminder.owed(review, DUE.plusDays(1)));
        review.submit("{}", "", 0.9, "CONFORMS", 0, DUE, BY);
        assertEquals(Reminder.NONE, Reminder.owed(review, DUE.plusDays(1)), "a submitted review is owed nothing");
    }
}
