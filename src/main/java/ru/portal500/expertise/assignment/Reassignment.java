package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happens when a reviewer declines a document: the least change that keeps every rule.
 *
 * <p>The declined review is removed and the document goes to another reviewer who may review it (not
 * in conflict, allowed by the municipality rule, not reviewing it already, and with one document per
 * author school not holding another of that school). Everybody else keeps their reviews, except in the
 * second case below. In order of preference:
 * <ol>
 *   <li><b>transfer</b> — one reviewer takes the document, and every load stays within the round's
 *       minimum and maximum (the decliner had a review above the minimum, the taker one below the maximum);</li>
 *   <li><b>swap</b> — one reviewer takes the document and hands one of its own documents to the
 *       decliner, so no load changes;</li>
 *   <li><b>unbalanced transfer</b> — when neither is possible, the least loaded eligible reviewer takes
 *       it and the result says it is not balanced.</li>
 * </ol>
 * Within a case the change that adds the least to the objective's total wins, then the lower ids.
 * The caller should also record the decline as a conflict ({@link Reviewer#withConflictDocument}), so
 * that a later assignment does not give the document back.
 */
public final class Reassignment {

    private Reassignment() {
    }

    public static ReassignmentResult afterDecline(AssignmentProblem problem, Assignment current, long reviewerId,
                                                  long documentId) {
        Review declined = new Review(reviewerId, documentId);
        if (!current.reviews().contains(declined)) {
            throw new IllegalArgumentException("not in the assignment: " + declined);
        }
        Reviewer decliner = problem.reviewer(reviewerId);
        DocumentUnderReview document = problem.document(documentId);
        Map<Long, Set<Long>> documentsOf = new HashMap<>();
        for (Reviewer reviewer : problem.reviewers()) {
            documentsOf.put(reviewer.id(), new HashSet<>());
        }
        for (Review review : current.reviews()) {
            documentsOf.get(review.reviewerId()).add(review.documentId());
        }
        documentsOf.get(reviewerId).remove(documentId);
        int min = problem.minimumLoad();
        int max = problem.maximumLoad();
        long baseCost = problem.cost(decliner, document);
        int declinerLoadBefore = documentsOf.get(reviewerId).size() + 1;
        boolean wasBalanced = declinerLoadBefore >= min && declinerLoadBefore <= max
                && othersInRange(documentsOf, reviewerId, min, max);

        List<Option> transfers = new ArrayList<>();
        List<Option> swaps = new ArrayList<>();
        for (Reviewer taker : problem.reviewers()) {
            Set<Long> takerDocuments = documentsOf.get(taker.id());
            if (taker.id() == reviewerId || takerDocuments.contains(documentId) || !problem.eligible(taker, document)) {
                continue;
            }
            long takeCost = problem.cost(taker, document) - baseCost;
            if (!holdsSchool(problem, takerDocuments, document.authorSchoolId(), null)) {
                boolean balanced = wasBalanced && documentsOf.get(reviewerId).size() >= min
                        && takerDocuments.size() + 1 <= max;
                transfers.add(new Option(balanced, takeCost, taker.id(), Optional.empty(), takerDocuments.size()));
            }
            for (long givenId : takerDocuments) {
                DocumentUnderReview given = problem.document(givenId);
                if (documentsOf.get(reviewerId).contains(givenId) || !problem.eligible(decliner, given)
                        || holdsSchool(problem, takerDocuments, document.authorSchoolId(), givenId)
                        || holdsSchool(problem, documentsOf.get(reviewerId), given.authorSchoolId(), null)) {
                    continue;
                }
                long swapCost = takeCost + problem.cost(decliner, given) - problem.cost(taker, given);
                swaps.add(new Option(wasBalanced, swapCost, taker.id(), Optional.of(givenId), takerDocuments.size()));
            }
        }
        Comparator<Option> cheapest = Comparator.comparingLong(Option::costChange)
                .thenComparingLong(Option::takerId)
                .thenComparingLong(option -> option.given().orElse(Long.MIN_VALUE));
        Optional<Option> chosen = transfers.stream().filter(Option::balanced).min(cheapest)
                .or(() -> swaps.stream().min(cheapest))
                .or(() -> transfers.stream().min(Comparator.comparingInt(Option::takerLoad).thenComparing(cheapest)));
        if (chosen.isEmpty()) {
            return new ReassignmentResult.NoReplacement(
                    new Infeasibility(Infeasibility.Reason.NO_ELIGIBLE_REPLACEMENT, documentId, 1, 0));
        }
        return apply(problem, current, declined, chosen.get());
    }

    private static ReassignmentResult apply(AssignmentProblem problem, Assignment current, Review declined, Option option) {
        List<Review> removed = new ArrayList<>();
        List<Review> added = new ArrayList<>();
        removed.add(declined);
        added.add(new Review(option.takerId(), declined.documentId()));
        option.given().ifPresent(givenId -> {
            removed.add(new Review(option.takerId(), givenId));
            added.add(new Review(declined.reviewerId(), givenId));
        });
        List<Review> reviews = new ArrayList<>(current.reviews());
        reviews.removeAll(removed);
        reviews.addAll(added);
        return new ReassignmentResult.Replaced(Assignment.of(problem, reviews), removed, added, option.balanced());
    }

    private static boolean othersInRange(Map<Long, Set<Long>> documentsOf, long except, int min, int max) {
        return documentsOf.entrySet().stream()
                .filter(entry -> entry.getKey() != except)
                .allMatch(entry -> entry.getValue().size() >= min && entry.getValue().size() <= max);
    }

    /** With one document per author school: whether the documents hold one of the school (besides {@code except}). */
    private static boolean holdsSchool(AssignmentProblem problem, Set<Long> documents, long schoolId, Long except) {
        if (!problem.onePerAuthorSchool()) {
            return false;
        }
        for (long id : documents) {
            if ((except == null || id != except) && problem.document(id).authorSchoolId() == schoolId) {
                return true;
            }
        }
        return false;
    }

    private record Option(boolean balanced, long costChange, long takerId, Optional<Long> given, int takerLoad) {
    }
}
