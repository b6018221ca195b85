package ru.portal500.expertise.checklist;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a score sheet or a set of sheets: what ({@link Kind}; message key {@code ScoreProblem.KIND}
 * with {@link #values()} as arguments) and which criterion (code and 1-based position; null and 0 otherwise).
 */
public record ScoreProblem(Kind kind, String criterionCode, int position, List<Object> values) {

    /** The kinds, with the {@link #values()} each carries. */
    public enum Kind {
        /** (code) The checklist has no criterion with this code. */
        UNKNOWN_CRITERION,
        /** (mark's type, criterion's type) E.g. points given to a yes/no criterion, or a mark to a comment. */
        MARK_NOT_FOR_TYPE,
        /** (value, min, max) Points outside the scale. */
        SCORE_OUT_OF_RANGE,
        /** (option code) The criterion has no such option. */
        UNKNOWN_OPTION,
        /** A required criterion has no mark (a required comment: no text). */
        REQUIRED_CRITERION_UNANSWERED,
        /** The sheet is submitted; reopen it first. */
        SHEET_SUBMITTED,
        /** (assessor) A sheet in an aggregate is still a draft. */
        SHEET_NOT_SUBMITTED,
        /** (assessor) A sheet in an aggregate was filled against another checklist or version. */
        OTHER_CHECKLIST,
        /** (assessor) Two sheets of one assessor in an aggregate. */
        DUPLICATE_ASSESSOR,
        /** An aggregate of no sheets. */
        NO_SHEETS;

        public String messageKey() {
            return "ScoreProblem." + name();
        }
    }

    public ScoreProblem {
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    public static ScoreProblem of(Kind kind, Object... values) {
        return new ScoreProblem(kind, null, 0, Arrays.asList(values));
    }

    public static ScoreProblem ofCriterion(Kind kind, String criterionCode, int position, Object... values) {
        return new ScoreProblem(kind, criterionCode, position, Arrays.asList(values));
    }

    public String messageKey() {
        return kind.messageKey();
    }

    public Object[] arguments() {
        return values.toArray();
    }

    @Override
    public String toString() {
        return (criterionCode == null ? "" : "criterion " + criterionCode + " #" + position + " ") + kind + values;
    }
}
