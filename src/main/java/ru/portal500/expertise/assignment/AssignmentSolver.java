package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns the reviews of a round optimally: every rule of {@link AssignmentProblem} met and the total
 * cost of the objective at its minimum — exactly, not approximately.
 *
 * <p>How: the assignment is a minimum-cost flow from reviewers to document groups
 * ({@link IndexedRound}), solved by JGraphT over a small set of candidate pairs and proven optimal
 * over all pairs by pricing with the solver's dual ({@link CandidateFlow}); the flow is then spread
 * over the documents ({@link CyclicFill}). The network may leave reviews missing at a high penalty, so
 * it always has a flow; if the optimum still leaves some missing, a second solve minimising only the
 * missing reviews decides exactly whether the rules can be met — if not, its missing reviews name the
 * documents and reviewers concerned; if so, a third solve over the candidates that proved it finds the
 * optimum with no missing review allowed.
 *
 * <p>Stateless and thread-safe. Expected infeasibility is a result, never an exception.
 */
public final class AssignmentSolver {

    private final long shortfallPenalty;

    public AssignmentSolver() {
        this(CandidateFlow.SHORTFALL_PENALTY);
    }

    /** With another penalty per missing review in the first solve; the result is the same, only the path to it differs. */
    AssignmentSolver(long shortfallPenalty) {
        this.shortfallPenalty = shortfallPenalty;
    }

    public AssignmentResult solve(AssignmentProblem problem) {
        IndexedRound round = new IndexedRound(problem);
        List<Infeasibility> visible = EligibilityCheck.of(round);
        if (!visible.isEmpty()) {
            return new AssignmentResult.Infeasible(visible);
        }
        if (round.documentCount() == 0) {
            return new AssignmentResult.Assigned(new Assignment(List.of(), 0));
        }
        CandidateArcs candidates = InitialCandidates.choose(round);
        ReviewFlow flow = CandidateFlow.optimise(round, candidates, CandidateFlow.Costs.OBJECTIVE, shortfallPenalty);
        if (flow.missingReviews() > 0) {
            ReviewFlow fewestMissing = CandidateFlow.optimise(round, candidates, CandidateFlow.Costs.SHORTFALL, 1);
            if (fewestMissing.missingReviews() > 0) {
                return new AssignmentResult.Infeasible(shortfalls(round, fewestMissing));
            }
            flow = CandidateFlow.optimise(round, candidates, CandidateFlow.Costs.OBJECTIVE, 0);
        }
        CyclicFill.Filled filled = CyclicFill.fill(round, flow);
        return new AssignmentResult.Assigned(Assignment.of(problem, filled.reviews()));
    }

    private static List<Infeasibility> shortfalls(IndexedRound round, ReviewFlow flow) {
        CyclicFill.Filled filled = CyclicFill.fill(round, flow);
        AssignmentProblem problem = round.problem;
        List<Infeasibility> reasons = new ArrayList<>();
        int r = problem.reviewsPerDocument();
        for (int d = 0; d < filled.missing().length; d++) {
            if (filled.missing()[d] > 0) {
                reasons.add(new Infeasibility(Infeasibility.Reason.ELIGIBLE_REVIEWERS_FULL,
                        problem.documents().get(d).id(), r, r - filled.missing()[d]));
            }
        }
        long[] load = new long[round.reviewerCount];
        for (int x = 0; x < flow.reviewers().length; x++) {
            load[flow.reviewers()[x]] += flow.amounts()[x];
        }
        for (int i = 0; i < round.reviewerCount; i++) {
            if (load[i] < round.minimumLoad) {
                reasons.add(new Infeasibility(Infeasibility.Reason.ELIGIBLE_DOCUMENTS_TAKEN,
                        problem.reviewers().get(i).id(), round.minimumLoad, load[i]));
            }
        }
        return reasons;
    }
}
