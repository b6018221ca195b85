package ru.portal500.expertise.checklist;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a checklist template or its JSON: what ({@link Kind}, whose message key is
 * {@code ChecklistProblem.KIND} with {@link #values()} as arguments) and where — the criterion (code and 1-based
 * position in the checklist's order, 0 when the problem is the checklist's), the JSON path of the field, the line
 * and column of a syntax error (0 when unknown).
 */
public record ChecklistProblem(Kind kind, String criterionCode, int position, String path, long line, long column,
                               List<Object> values) {

    /** The kinds, with the {@link #values()} each carries. */
    public enum Kind {
        // the template
        /** The checklist has no title. */
        BLANK_TITLE,
        /** It does not say what it applies to (a document type code, a contest nomination…). */
        BLANK_APPLIES_TO,
        /** (version) The version number is below 1. */
        VERSION_NOT_POSITIVE,
        /** There is no criterion at all. */
        NO_CRITERIA,
        /** Only comments: nothing gives points, so there is no total and no verdict. */
        NO_SCORED_CRITERIA,
        /** (section number) A section without criteria. */
        EMPTY_SECTION,
        /** A criterion without a code. */
        BLANK_CRITERION_CODE,
        /** (code, position of the first one) Two criteria with the same code. */
        DUPLICATE_CRITERION_CODE,
        /** A criterion without a text. */
        BLANK_CRITERION_TEXT,
        /** A scale without its minimum or maximum. */
        SCALE_WITHOUT_RANGE,
        /** (min, max) The scale's minimum is not below its maximum. */
        SCALE_MIN_NOT_BELOW_MAX,
        /** (min) A scale that starts below zero. */
        NEGATIVE_SCALE_MIN,
        /** (type) A minimum or maximum on a criterion that is not a scale. */
        RANGE_NOT_FOR_TYPE,
        /** A choice without options. */
        CHOICE_WITHOUT_OPTIONS,
        /** A choice with one option: nothing to choose. */
        CHOICE_WITH_ONE_OPTION,
        /** (type) Options on a criterion that is not a choice. */
        OPTIONS_NOT_FOR_TYPE,
        /** (option position) An option without a code. */
        BLANK_OPTION_CODE,
        /** (option code) Two options with the same code. */
        DUPLICATE_OPTION_CODE,
        /** (option code) An option without a text. */
        BLANK_OPTION_TEXT,
        /** (option code, points) An option worth less than zero. */
        NEGATIVE_OPTION_POINTS,
        /** (weight) A weight of zero or less. */
        NON_POSITIVE_WEIGHT,
        /** (max spread) A criterion's divergence limit below zero. */
        NEGATIVE_MAX_SPREAD,
        /** (threshold in points) The pass threshold is below zero. */
        PASS_THRESHOLD_NEGATIVE,
        /** (threshold in points, maximum weighted score) The pass threshold cannot be reached. */
        PASS_THRESHOLD_ABOVE_MAXIMUM,
        /** (threshold in points) The remarks threshold is below zero. */
        REMARKS_THRESHOLD_NEGATIVE,
        /** (remarks threshold in points, pass threshold in points) The remarks threshold is above the pass one. */
        REMARKS_THRESHOLD_ABOVE_PASS,
        /** (value) The total's divergence limit is not between 0 and 100 percentage points. */
        TOTAL_SPREAD_OUT_OF_RANGE,
        /** (value) The criteria's divergence limit is not between 0 and 100 %. */
        CRITERION_SPREAD_OUT_OF_RANGE,

        // the JSON form
        /** (the parser's message) Not JSON; line and column are set when the parser knows them. */
        MALFORMED_JSON,
        /** (format found) Not a checklist of a format this version reads ("portal500-checklist/1"). */
        UNSUPPORTED_FORMAT,
        /** A required field is absent (see the path). */
        MISSING_FIELD,
        /** (expected JSON type) A field of the wrong JSON type. */
        WRONG_FIELD_TYPE,
        /** A field this format does not have (a typo?). */
        UNKNOWN_FIELD,
        /** (type found) A criterion type other than SCALE, YES_NO, CHOICE, COMMENT. */
        UNKNOWN_CRITERION_TYPE,
        /** (value found, allowed values) A value outside its list (threshold unit, required-failure rule). */
        UNKNOWN_VALUE,
        /** (value found) A number that must be whole (the version). */
        NOT_AN_INTEGER;

        public String messageKey() {
            return "ChecklistProblem." + name();
        }
    }

    public ChecklistProblem {
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    /** A problem of the checklist as a whole. */
    public static ChecklistProblem ofChecklist(Kind kind, Object... values) {
        return new ChecklistProblem(kind, null, 0, null, 0, 0, Arrays.asList(values));
    }

    /** A problem of one criterion (1-based position in the checklist's order). */
    public static ChecklistProblem ofCriterion(Kind kind, Criterion criterion, int position, Object... values) {
        String code = criterion.code().isEmpty() ? null : criterion.code();
        return new ChecklistProblem(kind, code, position, null, 0, 0, Arrays.asList(values));
    }

    /** A problem of one field of the JSON form, criterion known when it is a criterion's field. */
    public static ChecklistProblem atPath(Kind kind, String path, String criterionCode, int position,
                                          Object... values) {
        return new ChecklistProblem(kind, criterionCode, position, path, 0, 0, Arrays.asList(values));
    }

    /** A syntax error of the JSON text at a line and column (0 when unknown). */
    public static ChecklistProblem atText(Kind kind, long line, long column, Object... values) {
        return new ChecklistProblem(kind, null, 0, null, Math.max(line, 0), Math.max(column, 0),
                Arrays.asList(values));
    }

    public String messageKey() {
        return kind.messageKey();
    }

    /** The message arguments, in the order {@link Kind} documents. */
    public Object[] arguments() {
        return values.toArray();
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (criterionCode != null || position > 0) {
            where.append("criterion ").append(criterionCode).append(" #").append(position).append(' ');
        }
        if (path != null) {
            where.append("at ").append(path).append(' ');
        }
        if (line > 0) {
            where.append("line ").append(line).append(':').append(column).append(' ');
        }
        return where + kind.name() + values;
    }
}
