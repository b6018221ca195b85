package ru.portal500.expertise.checklist;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every problem, verdict and criterion type has its text in both languages, so callers only render keys. */
class ProblemMessagesTest {

    private static List<String> missing(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ru.portal500.i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = new ArrayList<>();
        for (ChecklistProblem.Kind kind : ChecklistProblem.Kind.values()) {
            keys.add(kind.messageKey());
        }
        for (ScoreProblem.Kind kind : ScoreProblem.Kind.values()) {
            keys.add(kind.messageKey());
        }
        for (Verdict verdict : Verdict.values()) {
            keys.add("Verdict." + verdict.name());
        }
        for (CriterionType type : CriterionType.values()) {
            keys.add("CriterionType." + type.name());
        }
        keys.addAll(List.of("ChecklistProblem.at.criterion", "ChecklistProblem.at.path", "ChecklistProblem.at.line"));
        return keys.stream().filter(key -> !bundle.containsKey(key)).toList();
    }

    @Test
    void everyKeyIsInRussianAndEnglish() {
        assertEquals(List.of(), missing("ru"));
        assertEquals(List.of(), missing("en"));
    }
}
