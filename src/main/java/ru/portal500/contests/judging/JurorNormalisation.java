package ru.portal500.contests.judging;

import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.Spread;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Jurors' scores normalised, so that a strict juror and a lenient one weigh the same: each juror's weighted totals
 * over the entries they scored in the nomination are turned into z-scores, z = (total − the juror's mean) ÷ the
 * juror's standard deviation, and the z-score is put back on the nomination's scale of points:
 * normalised = the mean of all the nomination's totals + z × their standard deviation. A normalised total therefore
 * reads in points, like the raw one, and the two can stand side by side.
 *
 * <p>Standard deviations are the <em>population</em> ones (divided by n, as the expertise's {@link Spread}): a
 * juror's scores in the nomination are all of their scores there, not a sample drawn from a larger set, and dividing
 * by n − 1 would stretch the scores of a juror with two or three entries most, exactly where the estimate is weakest.
 *
 * <p>A juror with a single score, or whose scores are all equal (no spread), has no scale to normalise by: their
 * totals are kept raw, and {@link JurorScale#keptRaw()} says so with the reason. The normalised mean of an entry is
 * the mean of its sheets' normalised totals. It is shown beside the raw mean, never instead of it; the ranking uses
 * it only when the contest chose {@link JudgingSettings#normalisedRanking()}.
 *
 * <p>Normalised totals and means are rounded to {@value #SCALE} decimal places (half up): a ten-thousandth of a
 * point is far below any mark's step and far above the arithmetic's rounding, so two normalised scores that are
 * equal in exact arithmetic are equal here too, and the tie-break chain — not a rounding error — decides between
 * them.
 *
 * <p>Only submitted sheets count. All sheets are of one nomination, so of one checklist.
 */
public final class JurorNormalisation {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Decimal places of a normalised total or mean. */
    public static final int SCALE = 4;

    /** Why a juror's totals are kept raw. */
    public enum RawReason {
        /** The juror scored one entry only. */
        ONE_SCORE,
        /** The juror gave every entry the same total. */
        NO_SPREAD;

        public String messageKey() {
            return "contests.normalisation.keptRaw." + name();
        }
    }

    /**
     * One juror's scale: how many entries they scored, the mean and (population) standard deviation of their totals,
     * and the reason their totals are kept raw (empty when they are normalised).
     */
    public record JurorScale(String juror, int count, BigDecimal mean, BigDecimal standardDeviation,
                             Optional<RawReason> keptRaw) {
    }

    private final Spread pool;
    private final Map<String, JurorScale> jurors;
    private final Map<Long, List<BigDecimal>> normalisedByEntry;

    private JurorNormalisation(Spread pool, Map<String, JurorScale> jurors,
                               Map<Long, List<BigDecimal>> normalisedByEntry) {
        this.pool = pool;
        this.jurors = jurors;
        this.normalisedByEntry = normalisedByEntry;
    }

    /** The normalisation of one nomination's entries (their submitted sheets). */
    public static JurorNormalisation of(List<EntryScores> entries) {
        Map<String, List<BigDecimal>> byJuror = new TreeMap<>();
        List<BigDecimal> all = new ArrayList<>();
        Map<ScoreSheet, BigDecimal> sheetTotals = new IdentityHashMap<>();
        for (EntryScores entry : entries) {
            for (ScoreSheet sheet : entry.submitted()) {
                BigDecimal total = sheet.totals().weighted();
                sheetTotals.put(sheet, total);
                byJuror.computeIfAbsent(sheet.assessor(), k -> new ArrayList<>()).add(total);
                all.add(total);
            }
        }
        Spread pool = Spread.of(all);
        Map<String, JurorScale> jurors = new LinkedHashMap<>();
        byJuror.forEach((juror, totals) -> {
            Spread own = Spread.of(totals);
            Optional<RawReason> raw = own.count() < 2 ? Optional.of(RawReason.ONE_SCORE)
                    : own.standardDeviation().signum() == 0 ? Optional.of(RawReason.NO_SPREAD) : Optional.empty();
            jurors.put(juror, new JurorScale(juror, own.count(), own.mean(), own.standardDeviation(), raw));
        });
        Map<Long, List<BigDecimal>> normalised = new LinkedHashMap<>();
        for (EntryScores entry : entries) {
            List<BigDecimal> values = new ArrayList<>();
            for (ScoreSheet sheet : entry.submitted()) {
                values.add(normalise(sheetTotals.get(sheet), jurors.get(sheet.assessor()), pool));
            }
            normalised.put(entry.entryId(), List.copyOf(values));
        }
        return new JurorNormalisation(pool, Collections.unmodifiableMap(jurors),
                Collections.unmodifiableMap(normalised));
    }

    private static BigDecimal normalise(BigDecimal total, JurorScale scale, Spread pool) {
        if (scale.keptRaw().isPresent()) {
            return total;
        }
        BigDecimal z = total.subtract(scale.mean()).divide(scale.standardDeviation(), PRECISION);
        return rounded(pool.mean().add(z.multiply(pool.standardDeviation(), PRECISION), PRECISION));
    }

    /** Every juror's scale, by juror id in alphabetical order. */
    public Map<String, JurorScale> jurors() {
        return jurors;
    }

    public Optional<JurorScale> juror(String juror) {
        return Optional.ofNullable(jurors.get(juror));
    }

    /** The mean and standard deviation of all the nomination's totals: the scale normalised totals are put on. */
    public Spread pool() {
        return pool;
    }

    /** An entry's sheets' normalised totals, in the order of its submitted sheets. */
    public List<BigDecimal> normalisedTotals(long entryId) {
        return normalisedByEntry.getOrDefault(entryId, List.of());
    }

    /** The mean of an entry's normalised totals; empty for an entry with no submitted sheet. */
    public Optional<BigDecimal> normalisedMean(long entryId) {
        List<BigDecimal> values = normalisedTotals(entryId);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(rounded(sum.divide(BigDecimal.valueOf(values.size()), PRECISION)));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return canonical(value.setScale(SCALE, RoundingMode.HALF_UP));
    }

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
