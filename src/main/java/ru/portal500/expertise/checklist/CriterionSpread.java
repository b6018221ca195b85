package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion across several sheets: the spread of its raw marks (over the sheets that marked it), the limit
 * beyond which the experts diverge, whether they do, and whether it failed on the mean (every expert gave it its
 * lowest mark). The answers are the sheets' own, in the sheets' order (null where a sheet left it empty).
 */
public record CriterionSpread(Criterion criterion, int position, Spread marks, BigDecimal limit,
                              boolean divergent, boolean failed, List<CriterionScore> scores) {

    public CriterionSpread {
        scores = List.copyOf(scores);
    }
}
