package ru.portal500.expertise.checklist;

import java.math.BigDecimal;

/**
 * How one criterion scored on one sheet: the answer (null when none), its raw points and weighted points (zero
 * when unanswered or a comment), the most it could add, and whether it failed (got its lowest mark).
 */
public record CriterionScore(Criterion criterion, int position, Answer answer, BigDecimal points,
                             BigDecimal weighted, BigDecimal maximum, boolean failed) {

    public boolean isAnswered() {
        return answer != null && (answer.hasMark() || !criterion.isScored() && answer.hasComment());
    }

    /** The chosen option of a choice criterion, when one is chosen. */
    public ChoiceOption chosenOption() {
        return answer != null && answer.mark() instanceof Mark.Choice choice
                ? criterion.option(choice.optionCode()).orElse(null) : null;
    }
}
