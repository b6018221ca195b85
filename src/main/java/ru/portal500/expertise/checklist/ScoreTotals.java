package ru.portal500.expertise.checklist;

import java.math.BigDecimal;

/**
 * A sheet's totals: raw points (unweighted) out of the raw maximum, weighted points out of the weighted maximum,
 * and their share (weighted ÷ maximum, 0…1). Unanswered criteria count as zero.
 */
public record ScoreTotals(BigDecimal raw, BigDecimal rawMaximum, BigDecimal weighted, BigDecimal maximum,
                          BigDecimal share) {

    public BigDecimal percent() {
        return Points.canonical(share.multiply(Points.HUNDRED));
    }
}
