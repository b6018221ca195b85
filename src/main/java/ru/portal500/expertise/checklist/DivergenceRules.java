package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When several experts disagree enough for a coordinator to look again: the totals' shares differ by more than
 * {@code totalSpreadPercentPoints} percentage points, or one criterion's marks differ by more than its limit —
 * its own {@link Criterion#maxSpread()} or else {@code criterionSpreadPercent} % of its range of marks.
 */
public record DivergenceRules(BigDecimal totalSpreadPercentPoints, BigDecimal criterionSpreadPercent) {

    /** 20 percentage points on the total; half the range of marks on a criterion (0 and 2 on a 0–2 scale). */
    public static final DivergenceRules DEFAULT = new DivergenceRules(BigDecimal.valueOf(20), BigDecimal.valueOf(50));

    public DivergenceRules {
        totalSpreadPercentPoints = Points.canonical(Objects.requireNonNull(totalSpreadPercentPoints,
                "totalSpreadPercentPoints"));
        criterionSpreadPercent = Points.canonical(Objects.requireNonNull(criterionSpreadPercent,
                "criterionSpreadPercent"));
    }

    /** The largest spread (highest − lowest mark, in raw points) that is not yet a divergence on the criterion. */
    public BigDecimal limitFor(Criterion criterion) {
        if (criterion.maxSpread() != null) {
            return criterion.maxSpread();
        }
        return Points.percentOf(criterion.highest().subtract(criterion.lowest()), criterionSpreadPercent);
    }
}
