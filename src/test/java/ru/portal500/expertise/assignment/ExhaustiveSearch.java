package ru.portal500.expertise.assignment;

import java.util.List;
import java.util.OptionalLong;

/**
 * The least total cost of a small round by trying every assignment: for each document every set of r
 * eligible reviewers, within the maximum load and the per-school limit, keeping those where every
 * reviewer reaches the minimum load. Empty when none does.
 */
final class ExhaustiveSearch {

    private final AssignmentProblem problem;
    private final List<Reviewer> reviewers;
    private final List<DocumentUnderReview> documents;
    private final int[] load;
    private final boolean[][] chosen;
    private long best = Long.MAX_VALUE;

    private ExhaustiveSearch(AssignmentProblem problem) {
        this.problem = problem;
        this.reviewers = problem.reviewers();
        this.documents = problem.documents();
        this.load = new int[reviewers.size()];
        this.chosen = new boolean[documents.size()][reviewers.size()];
    }

    static OptionalLong minimumCost(AssignmentProblem problem) {
        if (problem.reviewsPerReviewer().isPresent()
                && (long) problem.reviewers().size() * problem.reviewsPerReviewer().getAsInt() != problem.totalReviews()) {
            return OptionalLong.empty();
        }
        ExhaustiveSearch search = new ExhaustiveSearch(problem);
        search.document(0, 0);
        return search.best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(search.best);
    }

    private void document(int d, long cost) {
        if (d == documents.size()) {
            for (int l : load) {
                if (l < problem.minimumLoad()) {
                    return;
                }
            }
            best = Math.min(best, cost);
            return;
        }
        choose(d, 0, problem.reviewsPerDocument(), cost);
    }

    /** Chooses {@code left} more reviewers for document d among reviewers from index {@code from}. */
    private void choose(int d, int from, int left, long cost) {
        if (left == 0) {
            document(d + 1, cost);
            return;
        }
        DocumentUnderReview document = documents.get(d);
        for (int i = from; i < reviewers.size(); i++) {
            Reviewer reviewer = reviewers.get(i);
            if (load[i] >= problem.maximumLoad() || !problem.eligible(reviewer, document) || holdsSchool(i, d)) {
                continue;
            }
            load[i]++;
            chosen[d][i] = true;
            choose(d, i + 1, left - 1, cost + problem.cost(reviewer, document));
            chosen[d][i] = false;
            load[i]--;
        }
    }

    private boolean holdsSchool(int i, int d) {
        if (!problem.onePerAuthorSchool()) {
            return false;
        }
        for (int e = 0; e < d; e++) {
            if (chosen[e][i] && documents.get(e).authorSchoolId() == documents.get(d).authorSchoolId()) {
                return true;
            }
        }
        return false;
    }
}
