package ru.portal500.expertise.application;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.StoredContent;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundSettings;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpertiseWorkTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final School ATK1 = new School(new Municipality(REGION, "atkarsky", "Аткарский район"), "atk-1",
            "СОШ № 1");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            null, null, null, LocalDate.parse("2026-04-30"), null, null, null, List.of()));
    private static final LocalDate DUE = LocalDate.parse("2026-05-20");
    private static final ChangeStamp BY = new ChangeStamp("operator", "Оператор", Instant.parse("2026-05-01T09:00:00Z"));

    private static ExpertReview assigned(ExpertiseRound round) {
        Document document = new Document(CAMPAIGN, ATK1, new DocumentType(REGION, 1, DocumentType.DEFAULTS.get(0)),
                null, "CONCEPT", "Концепция развития", DUE, BY.at());
        document.upload(new StoredContent("a".repeat(64), 10, "application/pdf", "Концепция.pdf"), BY);
        return ExpertReview.byExpert(round, document, "expert", "Эксперт", BY);
    }

    private static ExpertiseRound round() {
        ChecklistVersion checklist = new ChecklistVersion(REGION, "CONCEPT", 1, "Экспертиза концепции", "CONCEPT", "{}", BY);
        return new ExpertiseRound(CAMPAIGN, null, RoundKind.REGIONAL, "Экспертиза", checklist,
                new RoundSettings(2, 0, false, true, 20, DUE), BY);
    }

    @Test
    void aRoundWaitsForExpertsWhileADocumentHasFewerActiveReviewsThanItShouldGet() {
        assertEquals(3, ExpertiseWork.documentsShort(List.of(1L, 2L, 3L), List.of(), 1), "nobody assigned yet");
        assertEquals(1, ExpertiseWork.documentsShort(List.of(1L, 2L, 3L), List.of(1L, 1L, 2L, 3L, 3L), 2),
                "document 2 has one of two");
        assertEquals(0, ExpertiseWork.documentsShort(List.of(1L, 2L), List.of(1L, 2L), 1), "staffed");
        assertEquals(0, ExpertiseWork.documentsShort(List.of(), List.of(), 2), "a round without documents waits for none");
    }

    @Test
    void aReviewIsWorkWhileItIsOpenInAnOpenRound() {
        ExpertiseRound round = round();
        ExpertReview review = assigned(round);
        assertTrue(ExpertiseWork.toScore(review), "assigned");
        review.saveDraft("{}", "Черновик", 0, BY);
        assertTrue(ExpertiseWork.toScore(review), "a draft");
        ExpertReview declined = assigned(round);
        declined.decline("Болею", BY);
        assertFalse(ExpertiseWork.toScore(declined), "declined");
        round.close();
        assertFalse(ExpertiseWork.toScore(review), "the round is closed");
    }
}
