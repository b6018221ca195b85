package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule of a round checked on an assignment, independently of the solver: each document's
 * reviews, eligibility, distinct reviewers, loads, one document per author school, and the total cost.
 */
public final class AssignmentVerifier {

    private AssignmentVerifier() {
    }

    /** What is wrong, in words; empty when the assignment keeps every rule. */
    public static List<String> violations(AssignmentProblem problem, Assignment assignment) {
        return violations(problem, assignment, true);
    }

    /** The same, optionally without the load rule (after an unbalanced re-assignment). */
    public static List<String> violations(AssignmentProblem problem, Assignment assignment, boolean checkLoads) {
        List<String> problems = new ArrayList<>();
        Map<Long, Integer> reviewsOf = new HashMap<>();
        Map<Long, Integer> loads = new HashMap<>();
        Set<Review> seen = new HashSet<>();
        Set<List<Long>> reviewerSchools = new HashSet<>();
        long cost = 0;
        for (Review review : assignment.reviews()) {
            Reviewer reviewer = problem.reviewer(review.reviewerId());
            DocumentUnderReview document = problem.document(review.documentId());
            if (!seen.add(review)) {
                problems.add("reviewed twice by the same reviewer: " + review);
            }
            if (!problem.eligible(reviewer, document)) {
                problems.add("not eligible: " + review);
            }
            if (problem.onePerAuthorSchool() && !reviewerSchools.add(List.of(reviewer.id(), document.authorSchoolId()))) {
                problems.add("two documents of one author school: " + review);
            }
            reviewsOf.merge(document.id(), 1, Integer::sum);
            loads.merge(reviewer.id(), 1, Integer::sum);
            cost += problem.cost(reviewer, document);
        }
        for (DocumentUnderReview document : problem.documents()) {
            int reviews = reviewsOf.getOrDefault(document.id(), 0);
            if (reviews != problem.reviewsPerDocument()) {
                problems.add("document " + document.id() + " has " + reviews + " reviews");
            }
        }
        if (checkLoads) {
            for (Reviewer reviewer : problem.reviewers()) {
                int load = loads.getOrDefault(reviewer.id(), 0);
                if (load < problem.minimumLoad() || load > problem.maximumLoad()) {
                    problems.add("reviewer " + reviewer.id() + " has load " + load);
                }
            }
        }
        if (cost != assignment.totalCost()) {
            problems.add("total cost " + assignment.totalCost() + " but the reviews cost " + cost);
        }
        return problems;
    }
}
