package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who reviews what, and the objective's total cost of it.
 *
 * @param reviews   the reviews, ordered by document id, then reviewer id
 * @param totalCost the sum of {@link AssignmentProblem#cost(Review)} over the reviews
 */
public record Assignment(List<Review> reviews, long totalCost) {

    private static final Comparator<Review> ORDER =
            Comparator.comparingLong(Review::documentId).thenComparingLong(Review::reviewerId);

    public Assignment {
        List<Review> sorted = new ArrayList<>(reviews);
        sorted.sort(ORDER);
        reviews = List.copyOf(sorted);
    }

    /** The reviews with their total cost computed from the problem's objective. */
    public static Assignment of(AssignmentProblem problem, List<Review> reviews) {
        long cost = 0;
        for (Review review : reviews) {
            cost += problem.cost(review);
        }
        return new Assignment(reviews, cost);
    }

    /** Reviewer ids per document id (both in increasing order): one pass, for showing a whole round. */
    public Map<Long, List<Long>> reviewersByDocument() {
        Map<Long, List<Long>> byDocument = new TreeMap<>();
        for (Review review : reviews) {
            byDocument.computeIfAbsent(review.documentId(), id -> new ArrayList<>()).add(review.reviewerId());
        }
        return byDocument;
    }

    /** Document ids per reviewer id (both in increasing order): one pass, for telling each reviewer its documents. */
    public Map<Long, List<Long>> documentsByReviewer() {
        Map<Long, List<Long>> byReviewer = new TreeMap<>();
        for (Review review : reviews) {
            byReviewer.computeIfAbsent(review.reviewerId(), id -> new ArrayList<>()).add(review.documentId());
        }
        return byReviewer;
    }

    /** The reviewers of one document, by id. */
    public List<Long> reviewersOf(long documentId) {
        return reviews.stream().filter(r -> r.documentId() == documentId).map(Review::reviewerId).sorted().toList();
    }

    /** The documents one reviewer reviews, by id. */
    public List<Long> documentsOf(long reviewerId) {
        return reviews.stream().filter(r -> r.reviewerId() == reviewerId).map(Review::documentId).sorted().toList();
    }

    /** Reviews per reviewer id; reviewers without any review are absent. */
    public Map<Long, Integer> loads() {
        Map<Long, Integer> loads = new TreeMap<>();
        for (Review review : reviews) {
            loads.merge(review.reviewerId(), 1, Integer::sum);
        }
        return loads;
    }
}
