package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a checklist. Its points are multiplied by its weight in the totals. A required criterion must
 * be answered before a sheet is submitted (and may cap the verdict, see {@link RequiredCriterionRule}); a criterion
 * not shown to the school is left out of the school's copy of the conclusion.
 *
 * <p>The record accepts anything a template may contain, wrong or not; {@link Checklist#problems()} says what is
 * wrong. {@code min}/{@code max} belong to SCALE, {@code options} to CHOICE; {@code maxSpread} (raw points,
 * optional) overrides the checklist's divergence limit for this criterion.
 */
public record Criterion(String code, String text, String guidance, CriterionType type, BigDecimal min,
                        BigDecimal max, List<ChoiceOption> options, BigDecimal weight, boolean required,
                        boolean shownToSchool, BigDecimal maxSpread) {

    public Criterion {
        code = code == null ? "" : code.strip();
        text = text == null ? "" : text.strip();
        guidance = guidance == null ? "" : guidance.strip();
        Objects.requireNonNull(type, "type");
        min = Points.canonical(min);
        max = Points.canonical(max);
        options = options == null ? List.of() : List.copyOf(options);
        weight = Points.canonical(Objects.requireNonNull(weight, "weight"));
        maxSpread = Points.canonical(maxSpread);
    }

    /** Points from {@code min} to {@code max}; weight 1, optional, shown to the school. */
    public static Criterion scale(String code, String text, long min, long max) {
        return new Criterion(code, text, "", CriterionType.SCALE, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                List.of(), BigDecimal.ONE, false, true, null);
    }

    public static Criterion yesNo(String code, String text) {
        return new Criterion(code, text, "", CriterionType.YES_NO, null, null, List.of(), BigDecimal.ONE, false, true,
                null);
    }

    public static Criterion choice(String code, String text, ChoiceOption... options) {
        return new Criterion(code, text, "", CriterionType.CHOICE, null, null, List.of(options), BigDecimal.ONE, false,
                true, null);
    }

    public static Criterion comment(String code, String text) {
        return new Criterion(code, text, "", CriterionType.COMMENT, null, null, List.of(), BigDecimal.ONE, false,
                true, null);
    }

    public Criterion withGuidance(String newGuidance) {
        return new Criterion(code, text, newGuidance, type, min, max, options, weight, required, shownToSchool,
                maxSpread);
    }

    public Criterion withWeight(BigDecimal newWeight) {
        return new Criterion(code, text, guidance, type, min, max, options, newWeight, required, shownToSchool,
                maxSpread);
    }

    public Criterion withWeight(long newWeight) {
        return withWeight(BigDecimal.valueOf(newWeight));
    }

    public Criterion asRequired() {
        return new Criterion(code, text, guidance, type, min, max, options, weight, true, shownToSchool, maxSpread);
    }

    public Criterion hiddenFromSchool() {
        return new Criterion(code, text, guidance, type, min, max, options, weight, required, false, maxSpread);
    }

    public Criterion withMaxSpread(BigDecimal newMaxSpread) {
        return new Criterion(code, text, guidance, type, min, max, options, weight, required, shownToSchool,
                newMaxSpread);
    }

    public boolean isScored() {
        return type.isScored();
    }

    public Optional<ChoiceOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The lowest raw mark: the scale's minimum, "no" (0), the cheapest option; 0 for a comment. */
    public BigDecimal lowest() {
        return switch (type) {
            case SCALE -> min == null ? BigDecimal.ZERO : min;
            case CHOICE -> options.stream().map(ChoiceOption::points).min(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO);
            case YES_NO, COMMENT -> BigDecimal.ZERO;
        };
    }

    /** The highest raw mark: the scale's maximum, "yes" (1), the dearest option; 0 for a comment. */
    public BigDecimal highest() {
        return switch (type) {
            case SCALE -> max == null ? BigDecimal.ZERO : max;
            case CHOICE -> options.stream().map(ChoiceOption::points).max(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO);
            case YES_NO -> BigDecimal.ONE;
            case COMMENT -> BigDecimal.ZERO;
        };
    }

    /** The most this criterion adds to the weighted total. */
    public BigDecimal maximumWeighted() {
        return isScored() ? Points.canonical(highest().multiply(weight)) : BigDecimal.ZERO;
    }
}
