package ru.portal500.contests.judging;

import org.junit.jupiter.api.function.Executable;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.Mark;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.VerdictRules;
import ru.portal500.shared.i18n.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest checklist of three scored criteria and a comment: K1 and K2 on 0–5, K3 on 0–10, K9 a comment; the most an
 * entry can score is 20, so a total's share is a twentieth. Sheets are submitted with the marks given.
 */
final class JudgingSamples {

    static final Checklist CASES = new Checklist("Панорама методических кейсов", "CONTEST_CASE", 1,
            List.of(ChecklistSection.of("Кейс", Criterion.scale("K1", "Актуальность проблемы", 0, 5),
                    Criterion.scale("K2", "Обоснованность решения", 0, 5),
                    Criterion.scale("K3", "Результативность практики", 0, 10),
                    Criterion.comment("K9", "Замечания жюри"))),
            VerdictRules.DEFAULT, DivergenceRules.DEFAULT);

    static final Instant OCTOBER_1 = Instant.parse("2026-10-01T09:00:00Z");

    private JudgingSamples() {
    }

    /** A submitted sheet of {@code juror} with marks K1, K2, K3 (total k1 + k2 + k3). */
    static ScoreSheet sheet(String juror, int k1, int k2, int k3) {
        ScoreSheet sheet = new ScoreSheet(CASES, juror);
        sheet.answerAll(Map.of("K1", Answer.of(Mark.points(k1)), "K2", Answer.of(Mark.points(k2)),
                "K3", Answer.of(Mark.points(k3))));
        assertTrue(sheet.submit().isEmpty());
        return sheet;
    }

    /** A draft sheet (not submitted). */
    static ScoreSheet draft(String juror, int k1) {
        ScoreSheet sheet = new ScoreSheet(CASES, juror);
        sheet.answer("K1", Answer.of(Mark.points(k1)));
        return sheet;
    }

    /** An entry submitted {@code minutes} after 1 October 09:00 UTC with these sheets. */
    static EntryScores entry(long id, int minutes, ScoreSheet... sheets) {
        return EntryScores.of(id, OCTOBER_1.plusSeconds(60L * minutes), List.of(sheets));
    }

    /**
     * The rule is refused with {@code key} and these arguments, and the refusal reads as a Russian sentence (the key
     * is in the bundle); returns that sentence.
     */
    static String assertRefused(String key, Object[] arguments, Executable rule) {
        JudgingRuleException refused = assertThrows(JudgingRuleException.class, rule);
        assertEquals(key, refused.messageKey());
        if (arguments != null) {
            assertArrayEquals(arguments, refused.arguments());
        }
        String russian = Texts.get(Texts.RUSSIAN, key, refused.arguments());
        assertTrue(russian.matches("(?s).*[А-Яа-яЁё].*"), russian);
        Texts.get(java.util.Locale.ENGLISH, key, refused.arguments());
        return russian;
    }

    static String assertRefused(String key, Executable rule) {
        return assertRefused(key, null, rule);
    }
}
