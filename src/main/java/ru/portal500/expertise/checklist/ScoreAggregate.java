package ru.portal500.expertise.checklist;

import ru.portal500.expertise.checklist.ScoreProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several assessors' submitted sheets on one subject, against one checklist version: per criterion and in total
 * the mean and spread of the marks, a divergence flag (the totals' shares differ by more than the checklist's limit
 * in percentage points, or any criterion's marks by more than its limit), and the verdict of the mean.
 */
public final class ScoreAggregate {

    private final Checklist checklist;
    private final List<ScoreSheet> sheets;
    private final List<CriterionSpread> criteria;
    private final TotalSpread total;

    private ScoreAggregate(Checklist checklist, List<ScoreSheet> sheets) {
        this.checklist = checklist;
        this.sheets = List.copyOf(sheets);
        this.criteria = spreadOfCriteria();
        this.total = spreadOfTotals();
    }

    /**
     * The aggregate of submitted sheets of one checklist version, one per assessor.
     *
     * @throws ScoringException listing every sheet that is a draft, of another checklist, or a second of its assessor
     */
    public static ScoreAggregate of(List<ScoreSheet> sheets) {
        if (sheets.isEmpty()) {
            throw new ScoringException(List.of(ScoreProblem.of(Kind.NO_SHEETS)));
        }
        Checklist checklist = sheets.get(0).checklist();
        List<ScoreProblem> problems = new ArrayList<>();
        Set<String> assessors = new HashSet<>();
        for (ScoreSheet sheet : sheets) {
            if (!sheet.isSubmitted()) {
                problems.add(ScoreProblem.of(Kind.SHEET_NOT_SUBMITTED, sheet.assessor()));
            }
            if (!Objects.equals(sheet.checklist(), checklist)) {
                problems.add(ScoreProblem.of(Kind.OTHER_CHECKLIST, sheet.assessor()));
            }
            if (!assessors.add(sheet.assessor())) {
                problems.add(ScoreProblem.of(Kind.DUPLICATE_ASSESSOR, sheet.assessor()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        return new ScoreAggregate(checklist, sheets);
    }

    private List<CriterionSpread> spreadOfCriteria() {
        List<List<CriterionScore>> bySheet = sheets.stream().map(ScoreSheet::scores).toList();
        List<Criterion> all = checklist.criteria();
        List<CriterionSpread> spreads = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Criterion criterion = all.get(i);
            int index = i;
            List<CriterionScore> scores = bySheet.stream().map(s -> s.get(index)).toList();
            List<BigDecimal> marks = scores.stream().filter(s -> criterion.isScored() && s.isAnswered())
                    .map(CriterionScore::points).toList();
            Spread spread = Spread.of(marks);
            BigDecimal limit = checklist.divergenceRules().limitFor(criterion);
            boolean divergent = spread.count() > 1 && spread.range().compareTo(limit) > 0;
            boolean failed = spread.count() > 0 && spread.mean().compareTo(criterion.lowest()) <= 0;
            spreads.add(new CriterionSpread(criterion, i + 1, spread, limit, divergent, failed, scores));
        }
        return List.copyOf(spreads);
    }

    private TotalSpread spreadOfTotals() {
        List<ScoreTotals> totals = sheets.stream().map(ScoreSheet::totals).toList();
        Spread weighted = Spread.of(totals.stream().map(ScoreTotals::weighted).toList());
        Spread percent = Spread.of(totals.stream().map(ScoreTotals::share).toList()).times(Points.HUNDRED);
        BigDecimal limit = checklist.divergenceRules().totalSpreadPercentPoints();
        return new TotalSpread(weighted, percent, checklist.maximumScore(), limit,
                percent.range().compareTo(limit) > 0);
    }

    public Checklist checklist() {
        return checklist;
    }

    public List<ScoreSheet> sheets() {
        return sheets;
    }

    /** Every criterion's spread, in the checklist's order. */
    public List<CriterionSpread> criteria() {
        return criteria;
    }

    public TotalSpread total() {
        return total;
    }

    /** The experts disagree on the total or on some criterion beyond the checklist's limits. */
    public boolean isDivergent() {
        return total.divergent() || criteria.stream().anyMatch(CriterionSpread::divergent);
    }

    /** The criteria on which the experts diverge. */
    public List<CriterionSpread> divergentCriteria() {
        return criteria.stream().filter(CriterionSpread::divergent).toList();
    }

    /** The verdict of the mean weighted total; a required criterion fails when every expert gave it its lowest. */
    public Verdict verdict() {
        boolean requiredFailed = criteria.stream().anyMatch(c -> c.criterion().required() && c.failed());
        return checklist.verdictRules().verdict(total.weighted().mean(), total.maximum(), requiredFailed);
    }
}
