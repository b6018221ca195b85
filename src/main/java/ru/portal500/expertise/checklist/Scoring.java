package ru.portal500.expertise.checklist;

import ru.portal500.expertise.checklist.ScoreProblem.Kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The arithmetic of one criterion: whether an answer fits it, and what it is worth. */
final class Scoring {

    private Scoring() {
    }

    /** What is wrong with giving {@code answer} to the criterion at {@code position}; empty when it fits. */
    static List<ScoreProblem> problemsOf(Criterion criterion, int position, Answer answer) {
        Mark mark = answer.mark();
        if (mark == null) {
            return List.of();
        }
        if (mark.answers() != criterion.type()) {
            return List.of(problem(Kind.MARK_NOT_FOR_TYPE, criterion, position, mark.answers(), criterion.type()));
        }
        if (mark instanceof Mark.Scale scale && (scale.value().compareTo(criterion.lowest()) < 0
                || scale.value().compareTo(criterion.highest()) > 0)) {
            return List.of(problem(Kind.SCORE_OUT_OF_RANGE, criterion, position, scale.value(), criterion.lowest(),
                    criterion.highest()));
        }
        if (mark instanceof Mark.Choice choice && criterion.option(choice.optionCode()).isEmpty()) {
            return List.of(problem(Kind.UNKNOWN_OPTION, criterion, position, choice.optionCode()));
        }
        return List.of();
    }

    private static ScoreProblem problem(Kind kind, Criterion criterion, int position, Object... values) {
        return ScoreProblem.ofCriterion(kind, criterion.code(), position, values);
    }

    /** The raw points of a mark that fits its criterion. */
    static BigDecimal pointsOf(Criterion criterion, Mark mark) {
        if (mark instanceof Mark.Scale scale) {
            return scale.value();
        }
        if (mark instanceof Mark.YesNo yesNo) {
            return yesNo.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        Mark.Choice choice = (Mark.Choice) mark;
        return criterion.option(choice.optionCode()).orElseThrow().points();
    }

    /** How the criterion scored with this answer (none: {@code answer} empty). */
    static CriterionScore score(Criterion criterion, int position, Optional<Answer> answer) {
        Answer given = answer.orElse(null);
        if (!criterion.isScored() || given == null || !given.hasMark()) {
            return new CriterionScore(criterion, position, given, BigDecimal.ZERO, BigDecimal.ZERO,
                    criterion.maximumWeighted(), false);
        }
        BigDecimal points = pointsOf(criterion, given.mark());
        return new CriterionScore(criterion, position, given, points,
                Points.canonical(points.multiply(criterion.weight())), criterion.maximumWeighted(),
                points.compareTo(criterion.lowest()) <= 0);
    }

    /** Whether a required criterion has what submitting needs: a mark, or for a comment criterion a text. */
    static boolean isAnswered(Criterion criterion, Answer answer) {
        if (answer == null) {
            return false;
        }
        return criterion.isScored() ? answer.hasMark() : answer.hasComment();
    }
}
