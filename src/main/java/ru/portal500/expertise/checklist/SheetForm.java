package ru.portal500.expertise.checklist;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A score sheet as a page's form holds it: the marks of scale criteria as numbers, the answers of yes/no and choice
 * criteria as codes, a comment per criterion, each keyed by the criterion's code. It turns into a sheet's answers and
 * is filled from them, the same way for an expert's review and a juror's review of a contest entry.
 */
public final class SheetForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String YES = "yes";
    private static final String NO = "no";

    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    /** The form emptied and filled from a sheet's answers. */
    public void fill(Map<String, Answer> answers) {
        scales.clear();
        choices.clear();
        comments.clear();
        answers.forEach((code, answer) -> {
            if (answer.mark() instanceof Mark.Scale scale) {
                scales.put(code, scale.value());
            } else if (answer.mark() instanceof Mark.YesNo yesNo) {
                choices.put(code, yesNo.yes() ? YES : NO);
            } else if (answer.mark() instanceof Mark.Choice choice) {
                choices.put(code, choice.optionCode());
            }
            if (answer.hasComment()) {
                comments.put(code, answer.comment());
            }
        });
    }

    /** The form as answers to the criteria: a mark where one was given, a comment where one was written. */
    public Map<String, Answer> answers(List<Criterion> criteria) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            String code = criterion.code();
            String comment = comments.get(code) == null || comments.get(code).isBlank() ? null : comments.get(code);
            String choice = choices.get(code) == null || choices.get(code).isEmpty() ? null : choices.get(code);
            Mark mark = switch (criterion.type()) {
                case SCALE -> scales.get(code) == null ? null : new Mark.Scale(scales.get(code));
                case YES_NO -> choice == null ? null : new Mark.YesNo(YES.equals(choice));
                case CHOICE -> choice == null ? null : new Mark.Choice(choice);
                case COMMENT -> null;
            };
            if (mark != null || comment != null) {
                answers.put(code, new Answer(mark, comment));
            }
        }
        return answers;
    }

    public Map<String, BigDecimal> getScales() {
        return scales;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
