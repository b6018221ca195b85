package ru.portal500.similarity.application;

import org.junit.jupiter.api.Test;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.similarity.domain.CopyDecision;
import ru.portal500.similarity.domain.CopyVerdict;
import ru.portal500.similarity.domain.NearCopies;
import ru.portal500.similarity.domain.NearCopy;
import ru.portal500.similarity.domain.Passage;
import ru.portal500.similarity.domain.SimilarityRuleException;
import ru.portal500.similarity.domain.TextKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a viewer is shown of a near-copy: named with both sides only when they may open the other text. */
class NearCopyViewTest {

    private static final String HERE = "Наша школа ведёт методические десанты наставников каждый месяц. Своё.";
    private static final String THERE = "Вступление. Наша школа ведёт методические десанты наставников каждый месяц.";
    private static final TextKey SUBJECT = new TextKey("document", 7);
    private static final TextKey OTHER = new TextKey("document", 12);

    private static NearCopy copy(double share) {
        Passage passage = new Passage(0, HERE.indexOf(" Своё"), THERE.indexOf("Наша"), THERE.length(), 8);
        return new NearCopy(OTHER, "document:CONCEPT", "school:3", share, 0.61, 0.5, NearCopy.Basis.EXACT,
                List.of(passage), 1);
    }

    @Test
    void aTextTheViewerMayNotOpenIsNamedByItsSourceAloneWithOnlyThisSideOfThePassages() {
        NearCopyView.Copy shown = NearCopyView.Copy.of(SUBJECT, copy(0.749), HERE, Optional.empty(), null, "school");
        assertFalse(shown.named());
        assertEquals(new Texts.Phrase("similarity.other.hidden.document"), shown.label());
        assertNull(shown.page());
        assertEquals(0, shown.id());
        assertEquals("Наша школа ведёт методические десанты наставников каждый месяц.",
                shown.passages().get(0).here());
        assertNull(shown.passages().get(0).there(), "nothing of the other text");
        assertFalse(shown.ref().contains("12"), "the pair's name does not give the other's id: " + shown.ref());
        assertEquals(74, shown.percent(), "rounded down: never more than was counted");
    }

    @Test
    void aDecisionsReasonIsShownOnlyToWhoeverMayOpenTheOtherText() {
        CopyDecision decided = new CopyDecision(SUBJECT, OTHER, CopyVerdict.RETURNED,
                "Повтор программы СОШ № 3 г. Аткарска", new ChangeStamp("curator", "Сергей Кураторов", Instant.now()));
        NearCopyView.Copy hidden = NearCopyView.Copy.of(SUBJECT, copy(0.8), HERE, Optional.empty(), decided, "school");
        assertEquals(CopyVerdict.RETURNED, hidden.decision().verdict());
        assertNull(hidden.decision().reason(), "a person's words may name what the viewer may not see");
        assertEquals("Повтор программы СОШ № 3 г. Аткарска", NearCopyView.Copy.of(SUBJECT, copy(0.8), HERE,
                Optional.empty(), decided, "curator").decision().reason(), "whoever wrote it reads it");
        TextOpenings.Opened opened = new TextOpenings.Opened(new Texts.Phrase("similarity.other.document", "Концепция",
                "Концепция развития", "СОШ № 3", "2025/26"), "/app/document.xhtml", 12, THERE);
        assertEquals("Повтор программы СОШ № 3 г. Аткарска",
                NearCopyView.Copy.of(SUBJECT, copy(0.8), HERE, Optional.of(opened), decided, "school").decision().reason());
    }

    @Test
    void aTextTheViewerMayOpenIsNamedWithBothSides() {
        TextOpenings.Opened opened = new TextOpenings.Opened(new Texts.Phrase("similarity.other.document", "Концепция",
                "Концепция развития", "СОШ № 1", "2025/26"), "/app/document.xhtml", 12, THERE);
        NearCopyView.Copy shown = NearCopyView.Copy.of(SUBJECT, copy(0.8), HERE, Optional.of(opened), null, "school");
        assertTrue(shown.named());
        assertEquals(12, shown.id());
        assertEquals(shown.passages().get(0).here(), shown.passages().get(0).there());
        assertEquals(80, shown.percent());
        assertEquals(61, shown.otherPercent());
    }

    @Test
    void aPairsNameIsStableAndDiffersBetweenPairs() {
        assertEquals(NearCopyView.Copy.ref(SUBJECT, OTHER), NearCopyView.Copy.ref(SUBJECT, OTHER));
        assertNotEquals(NearCopyView.Copy.ref(SUBJECT, OTHER), NearCopyView.Copy.ref(OTHER, SUBJECT));
        assertEquals(16, NearCopyView.Copy.ref(SUBJECT, OTHER).length());
    }

    @Test
    void aLongPassageIsShownByItsBeginningAndItsEndCutAtWords() {
        String passage = "слово ".repeat(600).strip();
        String shown = NearCopyView.PassagePair.shortened(passage);
        assertTrue(shown.length() <= NearCopyView.PASSAGE_CHARS + 3, shown.length() + "");
        assertTrue(shown.contains(" … "));
        for (String word : shown.replace(" … ", " ").split(" ")) {
            assertEquals("слово", word, "no word cut: " + word);
        }
    }

    @Test
    void aTextTooShortOrOnlyBoilerplateGetsNoVerdict() {
        NearCopyView shortOne = NearCopyView.unjudged(new NearCopies.TooShort(12, 50), true);
        assertEquals(NearCopyView.Judgement.TOO_SHORT, shortOne.judgement());
        assertTrue(shortOne.copies().isEmpty());
        assertEquals(50, shortOne.minimum());
        assertEquals(NearCopyView.Judgement.ONLY_BOILERPLATE,
                NearCopyView.unjudged(new NearCopies.OnlyBoilerplate(300, 4), false).judgement());
    }

    @Test
    void aDecisionNeedsAReasonOfBoundedLengthAndDecidingAgainReplacesIt() {
        ChangeStamp stamp = new ChangeStamp("coordinator", "Ольга Координатова", Instant.parse("2026-12-07T10:00:00Z"));
        SimilarityRuleException blank = assertThrows(SimilarityRuleException.class,
                () -> new CopyDecision(SUBJECT, OTHER, CopyVerdict.RETURNED, "  ", stamp));
        assertEquals("similarity.error.reasonRequired", blank.messageKey());
        assertThrows(SimilarityRuleException.class, () -> new CopyDecision(SUBJECT, OTHER, CopyVerdict.RETURNED,
                "а".repeat(CopyDecision.MAX_REASON + 1), stamp));
        assertThrows(IllegalArgumentException.class, () -> new CopyDecision(SUBJECT, SUBJECT,
                CopyVerdict.ACCEPTED_REUSE, "Своё", stamp));
        CopyDecision decision = new CopyDecision(SUBJECT, OTHER, CopyVerdict.RETURNED, " Копия ", stamp);
        assertEquals("Копия", decision.getReason());
        decision.decide(CopyVerdict.ACCEPTED_REUSE, "Общий шаблон муниципалитета", new ChangeStamp("curator", null,
                Instant.parse("2026-12-08T10:00:00Z")));
        assertEquals(CopyVerdict.ACCEPTED_REUSE, decision.getVerdict());
        assertEquals("curator", decision.getDecidedByName());
        assertEquals(OTHER, decision.other());
    }
}
