package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a total becomes a verdict. Weighted total ≥ pass threshold: conforms; ≥ remarks threshold: conforms with
 * remarks; otherwise does not conform. Without a remarks threshold there is no middle band. Then a failed
 * required criterion applies {@link #onRequiredFailure()}.
 */
public record VerdictRules(Threshold passThreshold, Threshold remarksThreshold,
                           RequiredCriterionRule onRequiredFailure) {

    /** 80 % conforms, 60 % conforms with remarks, a failed required criterion caps at "with remarks". */
    public static final VerdictRules DEFAULT =
            new VerdictRules(Threshold.percent(80), Threshold.percent(60), RequiredCriterionRule.CAP_AT_REMARKS);

    public VerdictRules {
        Objects.requireNonNull(passThreshold, "passThreshold");
        Objects.requireNonNull(onRequiredFailure, "onRequiredFailure");
    }

    /**
     * The verdict for a weighted total out of a maximum weighted score.
     *
     * @param requiredFailed whether any required criterion got its lowest mark
     */
    public Verdict verdict(BigDecimal weighted, BigDecimal maximum, boolean requiredFailed) {
        Verdict byTotal;
        if (weighted.compareTo(passThreshold.inPoints(maximum)) >= 0) {
            byTotal = Verdict.CONFORMS;
        } else if (remarksThreshold != null && weighted.compareTo(remarksThreshold.inPoints(maximum)) >= 0) {
            byTotal = Verdict.CONFORMS_WITH_REMARKS;
        } else {
            byTotal = Verdict.DOES_NOT_CONFORM;
        }
        if (!requiredFailed) {
            return byTotal;
        }
        return switch (onRequiredFailure) {
            case CAP_AT_REMARKS -> byTotal.worseOf(Verdict.CONFORMS_WITH_REMARKS);
            case DOES_NOT_CONFORM -> Verdict.DOES_NOT_CONFORM;
            case NO_EFFECT -> byTotal;
        };
    }
}
