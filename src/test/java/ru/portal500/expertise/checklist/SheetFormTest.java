package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's form of a score sheet: marks, choices and comments become answers and come back the same. */
class SheetFormTest {

    private static final Criterion SCALE = Criterion.scale("S", "Обоснование", 0, 3);
    private static final Criterion YES_NO = Criterion.yesNo("Y", "Есть мониторинг");
    private static final Criterion CHOICE = Criterion.choice("C", "Уровень", new ChoiceOption("low", "Низкий",
            BigDecimal.ZERO), new ChoiceOption("high", "Высокий", BigDecimal.valueOf(2)));
    private static final Criterion COMMENT = Criterion.comment("K", "Отзыв");

    private static Checklist checklist() {
        return SampleChecklists.withCriteria(java.util.List.of(ChecklistSection.untitled(
                java.util.List.of(SCALE, YES_NO, CHOICE, COMMENT))));
    }

    @Test
    void whatWasTypedBecomesAnswersAndBlankFieldsAreNoAnswers() {
        SheetForm form = new SheetForm();
        form.getScales().put("S", new BigDecimal("2.5"));
        form.getChoices().put("Y", "no");
        form.getChoices().put("C", "");
        form.getComments().put("C", "   ");
        form.getComments().put("K", "Сильная практика");
        Map<String, Answer> answers = form.answers(checklist().criteria());
        assertEquals(Map.of("S", Answer.of(new Mark.Scale(new BigDecimal("2.5"))),
                "Y", Answer.of(new Mark.YesNo(false)), "K", Answer.comment("Сильная практика")), answers);
    }

    @Test
    void aSavedSheetFillsTheFormBackTheSame() {
        SheetForm typed = new SheetForm();
        typed.getScales().put("S", BigDecimal.ONE);
        typed.getChoices().put("Y", "yes");
        typed.getChoices().put("C", "high");
        typed.getComments().put("S", "Обоснование неполное");
        Map<String, Answer> answers = typed.answers(checklist().criteria());

        SheetForm reopened = new SheetForm();
        reopened.getScales().put("stale", BigDecimal.TEN);
        reopened.fill(AnswersJson.read(AnswersJson.write(answers)));
        assertEquals(answers, reopened.answers(checklist().criteria()));
        assertTrue(!reopened.getScales().containsKey("stale"), "a refill forgets what the form held before");
    }
}
