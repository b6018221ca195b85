package ru.portal500.expertise.checklist;

import ru.portal500.expertise.checklist.ScoreProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessor's score sheet against one checklist version: answers per criterion and recommendations, a draft
 * until submitted. A submitted sheet has every required criterion answered and changes only after
 * {@link #reopen()}. The assessor is whoever scores (an expert, a jury member), by an id the caller chooses.
 */
public final class ScoreSheet {

    private final Checklist checklist;
    private final String assessor;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private String recommendations = "";
    private SheetState state = SheetState.DRAFT;

    /**
     * An empty draft.
     *
     * @throws InvalidChecklistException when the checklist breaks a rule: nobody scores with a broken template
     */
    public ScoreSheet(Checklist checklist, String assessor) {
        this.checklist = Objects.requireNonNull(checklist, "checklist");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        List<ChecklistProblem> problems = checklist.problems();
        if (!problems.isEmpty()) {
            throw new InvalidChecklistException(problems);
        }
    }

    /**
     * A sheet as it was stored: its answers are checked again (a stored answer the checklist no longer accepts is
     * a {@link ScoringException}), and a submitted sheet must still be complete.
     */
    public static ScoreSheet restore(Checklist checklist, String assessor, Map<String, Answer> answers,
                                     String recommendations, SheetState state) {
        ScoreSheet sheet = new ScoreSheet(checklist, assessor);
        sheet.answerAll(answers);
        sheet.writeRecommendations(recommendations);
        if (state == SheetState.SUBMITTED) {
            List<ScoreProblem> missing = sheet.submit();
            if (!missing.isEmpty()) {
                throw new ScoringException(missing);
            }
        }
        return sheet;
    }

    public Checklist checklist() {
        return checklist;
    }

    public String assessor() {
        return assessor;
    }

    public SheetState state() {
        return state;
    }

    public boolean isSubmitted() {
        return state == SheetState.SUBMITTED;
    }

    public String recommendations() {
        return recommendations;
    }

    /** The answers given, by criterion code, in the checklist's order. */
    public Map<String, Answer> answers() {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        checklist.criteria().stream().filter(c -> answers.containsKey(c.code()))
                .forEach(c -> ordered.put(c.code(), answers.get(c.code())));
        return Collections.unmodifiableMap(ordered);
    }

    public Optional<Answer> answerTo(String criterionCode) {
        return Optional.ofNullable(answers.get(criterionCode));
    }

    /** What is wrong with giving this answer now; empty when {@link #answer} would take it. */
    public List<ScoreProblem> problemsOf(String criterionCode, Answer answer) {
        if (isSubmitted()) {
            return List.of(ScoreProblem.of(Kind.SHEET_SUBMITTED));
        }
        Optional<Criterion> criterion = checklist.criterion(criterionCode);
        if (criterion.isEmpty()) {
            return List.of(ScoreProblem.of(Kind.UNKNOWN_CRITERION, criterionCode));
        }
        return Scoring.problemsOf(criterion.get(), checklist.positionOf(criterionCode), answer);
    }

    /** Records (or replaces) the answer to one criterion. */
    public void answer(String criterionCode, Answer answer) {
        answerAll(Map.of(criterionCode, answer));
    }

    /** Records several answers, all or none: every problem of every answer is reported at once. */
    public void answerAll(Map<String, Answer> given) {
        List<ScoreProblem> problems = new ArrayList<>();
        given.forEach((code, answer) -> problems.addAll(problemsOf(code, Objects.requireNonNull(answer, code))));
        if (!problems.isEmpty()) {
            throw new ScoringException(problems.stream().distinct().toList());
        }
        answers.putAll(given);
    }

    /** Takes back the answer to one criterion. */
    public void clear(String criterionCode) {
        requireDraft();
        answers.remove(criterionCode);
    }

    public void writeRecommendations(String text) {
        requireDraft();
        recommendations = text == null ? "" : text.strip();
    }

    /** The required criteria still without an answer, in the checklist's order. */
    public List<ScoreProblem> missingRequired() {
        List<ScoreProblem> missing = new ArrayList<>();
        List<Criterion> criteria = checklist.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            if (criterion.required() && !Scoring.isAnswered(criterion, answers.get(criterion.code()))) {
                missing.add(ScoreProblem.ofCriterion(Kind.REQUIRED_CRITERION_UNANSWERED, criterion.code(), i + 1));
            }
        }
        return missing;
    }

    /**
     * Submits the sheet when every required criterion is answered.
     *
     * @return the required criteria still unanswered; empty when the sheet is now submitted
     */
    public List<ScoreProblem> submit() {
        requireDraft();
        List<ScoreProblem> missing = missingRequired();
        if (missing.isEmpty()) {
            state = SheetState.SUBMITTED;
        }
        return missing;
    }

    /** Back to a draft (a coordinator returned the sheet to its expert). */
    public void reopen() {
        state = SheetState.DRAFT;
    }

    /** Every criterion's score, in the checklist's order. */
    public List<CriterionScore> scores() {
        List<Criterion> criteria = checklist.criteria();
        List<CriterionScore> scores = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            scores.add(Scoring.score(criterion, i + 1, answerTo(criterion.code())));
        }
        return scores;
    }

    public ScoreTotals totals() {
        List<CriterionScore> scores = scores();
        BigDecimal raw = Points.sum(scores.stream().map(CriterionScore::points).toList());
        BigDecimal rawMaximum = Points.sum(checklist.criteria().stream().filter(Criterion::isScored)
                .map(Criterion::highest).toList());
        BigDecimal weighted = Points.sum(scores.stream().map(CriterionScore::weighted).toList());
        BigDecimal maximum = checklist.maximumScore();
        return new ScoreTotals(Points.canonical(raw), Points.canonical(rawMaximum), Points.canonical(weighted),
                maximum, Points.divide(weighted, maximum));
    }

    /** The verdict by the checklist's rules (of a draft: as it stands, unanswered criteria counting zero). */
    public Verdict verdict() {
        ScoreTotals totals = totals();
        boolean requiredFailed = scores().stream().anyMatch(s -> s.criterion().required() && s.failed());
        return checklist.verdictRules().verdict(totals.weighted(), totals.maximum(), requiredFailed);
    }

    private void requireDraft() {
        if (isSubmitted()) {
            throw new ScoringException(List.of(ScoreProblem.of(Kind.SHEET_SUBMITTED)));
        }
    }
}
