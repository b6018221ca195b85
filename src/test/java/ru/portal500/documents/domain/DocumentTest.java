package ru.portal500.documents.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentTest {

    private static final Region REGION = new Region("64", "Саратовская область");
    private static final School SCHOOL = new School(new Municipality(REGION, "atkarsky", "Аткарский район"), "atk-1",
            "МБОУ «СОШ № 1 г. Аткарска»");
    private static final Campaign CAMPAIGN = new Campaign(REGION, 2026, "500+ 2025/26", new CampaignSchedule(
            LocalDate.parse("2025-12-20"), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"),
            LocalDate.parse("2026-04-30"), null, null, null, List.of()));
    private static final DocumentType CONCEPT = new DocumentType(REGION, 1, DocumentType.DEFAULTS.get(0));

    private int minute;

    private ChangeStamp stamp(String who) {
        return new ChangeStamp(who, who, Instant.parse("2026-03-01T09:00:00Z").plusSeconds(60L * minute++));
    }

    private static StoredContent file(String name) {
        return new StoredContent("a".repeat(64), 1234, "application/pdf", name);
    }

    private Document concept() {
        return new Document(CAMPAIGN, SCHOOL, CONCEPT, null, "CONCEPT", "Концепция развития",
                LocalDate.parse("2026-04-30"), Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void aDocumentGoesThroughRoundsUntilApprovedAndEveryStepIsOnRecord() {
        Document doc = concept();
        doc.upload(file("Концепция.docx"), stamp("school"));
        doc.submit(stamp("school"));
        assertEquals(DocumentState.SUBMITTED, doc.getState());
        assertEquals(1, doc.getRound());
        doc.returnForRevision("Нет целевых показателей на 2027 год", stamp("curator"));
        assertEquals(DocumentState.RETURNED, doc.getState());
        assertEquals(1, doc.getComments().get(0).getRound());
        doc.upload(file("Концепция v2.docx"), stamp("school"));
        doc.submit(stamp("school"));
        assertEquals(2, doc.getRound(), "a resubmission opens the next round");
        doc.approve(stamp("curator"));
        assertEquals(DocumentState.APPROVED, doc.getState());
        assertEquals(List.of(DocumentEventKind.UPLOADED, DocumentEventKind.SUBMITTED, DocumentEventKind.COMMENTED,
                DocumentEventKind.RETURNED, DocumentEventKind.UPLOADED, DocumentEventKind.SUBMITTED,
                DocumentEventKind.APPROVED), doc.getEvents().stream().map(DocumentEvent::getKind).toList());
        assertEquals(2, doc.getVersions().size(), "every version stays");
        assertEquals(2, doc.getEvents().get(6).getVersionNumber());
    }

    @Test
    void aVersionsExtractionIsStartedAFewTimesAtMost() {
        DocumentVersion version = concept().upload(file("Концепция.pdf"), stamp("school"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertTrue(version.attemptExtraction(3), "attempt " + attempt);
        }
        assertFalse(version.attemptExtraction(3), "the fourth is not started");
        assertEquals(3, version.getExtractionAttempts());
        version.extractionFailed("ExtractionFailure.GAVE_UP");
        assertEquals(ExtractionState.FAILED, version.getExtraction());
    }

    @Test
    void aScanExtractedWithoutAWordIsMarkedAsHavingNoTextLayer() {
        Document doc = concept();
        DocumentVersion scan = doc.upload(file("Скан.pdf"), stamp("school"));
        DocumentVersion text = doc.upload(file("Текст.pdf"), stamp("school"));

        scan.textExtracted(" \n ", false);
        text.textExtracted("Миссия школы", false);

        assertTrue(scan.isTextLayerMissing());
        assertFalse(text.isTextLayerMissing());
    }

    @Test
    void aPdfWithActiveContentIsNeverPreviewedAndOneNotLookedIntoNeither() {
        Document doc = concept();
        DocumentVersion plain = doc.upload(file("План.pdf"), stamp("school"));
        DocumentVersion script = doc.upload(new StoredContent("b".repeat(64), 99, "application/pdf", "Сценарий.pdf",
                Set.of(ActiveContent.JAVASCRIPT, ActiveContent.EMBEDDED_FILE)), stamp("school"));
        DocumentVersion encrypted = doc.upload(new StoredContent("c".repeat(64), 99, "application/pdf", "Пароль.pdf",
                Set.of(ActiveContent.NOT_INSPECTED)), stamp("school"));

        assertTrue(plain.isPreviewable());
        assertFalse(script.isPreviewable());
        assertEquals(List.of(ActiveContent.JAVASCRIPT, ActiveContent.EMBEDDED_FILE), script.getActiveKinds());
        assertFalse(encrypted.isPreviewable());
        assertTrue(encrypted.isNotInspected());
        assertEquals(List.of(), encrypted.getActiveKinds());
        assertFalse(doc.upload(new StoredContent("d".repeat(64), 99, "application/msword", "План.doc"), stamp("school"))
                .isPreviewable(), "only PDFs are previewed");
    }

    @Test
    void theRulesRefuseStepsOutOfTurnAndChangeNothing() {
        Document doc = concept();
        assertEquals("documents.error.noVersion",
                assertThrows(DocumentRuleException.class, () -> doc.submit(stamp("school"))).messageKey());
        assertThrows(DocumentRuleException.class, () -> doc.approve(stamp("curator")));
        doc.upload(file("a.pdf"), stamp("school"));
        doc.submit(stamp("school"));
        assertEquals("documents.error.underCheck",
                assertThrows(DocumentRuleException.class, () -> doc.upload(file("b.pdf"), stamp("school")))
                        .messageKey());
        assertThrows(DocumentRuleException.class, () -> doc.submit(stamp("school")));
        assertThrows(DocumentRuleException.class, () -> doc.returnForRevision("  ", stamp("curator")),
                "returning needs a comment that says why");
        assertEquals(DocumentState.SUBMITTED, doc.getState());
        assertEquals(1, doc.getVersions().size());
    }

    @Test
    void aNewVersionOfAnApprovedDocumentReopensItOnRecord() {
        Document doc = concept();
        doc.upload(file("a.pdf"), stamp("school"));
        doc.submit(stamp("school"));
        doc.approve(stamp("curator"));
        doc.upload(file("b.pdf"), stamp("school"));
        assertEquals(DocumentState.DRAFT, doc.getState());
        assertEquals(DocumentEventKind.REOPENED, doc.getEvents().get(3).getKind());
    }

    @Test
    void commentsThreadWithinTheirDocument() {
        Document doc = concept();
        DocumentComment question = doc.comment("Какой срок у этапа 2?", null, stamp("curator"));
        DocumentComment answer = doc.comment("До декабря", question, stamp("school"));
        assertEquals(question, answer.getParent());
        DocumentComment foreign = concept().comment("Чужой", null, stamp("curator"));
        assertThrows(DocumentRuleException.class, () -> doc.comment("Ответ", foreign, stamp("school")));
        assertThrows(DocumentRuleException.class,
                () -> doc.comment("я".repeat(Document.MAX_COMMENT + 1), null, stamp("school")));
    }

    @Test
    void requirementsFollowTypesChosenRisksAndThePair() {
        List<DocumentType> types = java.util.stream.IntStream.range(0, DocumentType.DEFAULTS.size())
                .mapToObj(i -> new DocumentType(REGION, i + 1, DocumentType.DEFAULTS.get(i))).toList();
        List<RiskFactor> factors = RiskFactorCatalogue.seed(CAMPAIGN, List.of());
        List<DueDocument> unpaired = Requirements.of(types, List.of(factors.get(8), factors.get(2)), false,
                CAMPAIGN.schedule());
        assertEquals(List.of("CONCEPT", "MEDIUM_TERM_PROGRAMME", "ANTIRISK_PROGRAMME:3", "ANTIRISK_PROGRAMME:9",
                "ROADMAP", "SELF_EVALUATION"), unpaired.stream().map(DueDocument::slot).toList());
        assertEquals("Программа антирисковых мер: Низкий уровень вовлеченности родителей", unpaired.get(3).title());
        assertEquals(LocalDate.parse("2026-04-30"), unpaired.get(0).due());
        assertEquals(LocalDate.parse("2026-02-28"), unpaired.get(5).due(), "self-evaluation by diagnostics' end");
        List<DueDocument> paired = Requirements.of(types, List.of(), true, CAMPAIGN.schedule());
        assertEquals(LocalDate.parse("2026-01-31"), paired.stream().filter(d -> d.slot().equals("NETWORK_AGREEMENT"))
                .findFirst().orElseThrow().due(), "the network agreement by the set-up's end");
    }

    @Test
    void urgencyComesFromStateAndDate() {
        LocalDate due = LocalDate.parse("2026-04-30");
        assertEquals(Urgency.OVERDUE, Urgency.of(null, due, due.plusDays(1)));
        assertEquals(Urgency.DUE_SOON, Urgency.of(DocumentState.DRAFT, due, due.minusDays(14)));
        assertEquals(Urgency.ON_TIME, Urgency.of(DocumentState.RETURNED, due, due.minusDays(15)));
        assertEquals(Urgency.WAITING, Urgency.of(DocumentState.SUBMITTED, due, due.plusDays(30)));
        assertEquals(Urgency.DONE, Urgency.of(DocumentState.APPROVED, due, due.plusDays(30)));
        assertEquals(Urgency.ON_TIME, Urgency.of(null, null, due));
    }
}
