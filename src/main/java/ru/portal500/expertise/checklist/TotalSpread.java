package ru.portal500.expertise.checklist;

import java.math.BigDecimal;

/**
 * The sheets' totals side by side: the spread of their weighted totals (points) and of their shares in percent
 * (so the range is in percentage points), the maximum weighted score, and whether the range exceeds the limit.
 */
public record TotalSpread(Spread weighted, Spread percent, BigDecimal maximum, BigDecimal limitPercentPoints,
                          boolean divergent) {
}
