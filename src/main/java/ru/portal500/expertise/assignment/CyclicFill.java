package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a flow into reviews of documents. In a group of {@code d} documents that needs {@code r}
 * reviews each, the reviews given by the reviewers (each at most {@code d}) are laid out one reviewer
 * after another, in the order of the reviewers' ids, and the {@code t}-th goes to the group's document
 * {@code t mod d}. A reviewer's run is at most {@code d} long, so its documents are distinct; every
 * document gets exactly {@code r}. Documents of a group cost a reviewer the same, so the total cost is
 * the flow's. Missing reviews, if any, are laid out last.
 */
final class CyclicFill {

    private CyclicFill() {
    }

    /** The reviews, and per document (by index) how many reviews are missing. */
    static Filled fill(IndexedRound round, ReviewFlow flow) {
        List<IntList> givers = new ArrayList<>();
        List<IntList> amounts = new ArrayList<>();
        for (int g = 0; g < round.groupCount; g++) {
            givers.add(new IntList());
            amounts.add(new IntList());
        }
        for (int x = 0; x < flow.reviewers().length; x++) {
            givers.get(flow.groups()[x]).add(flow.reviewers()[x]);
            amounts.get(flow.groups()[x]).add(flow.amounts()[x]);
        }
        List<Review> reviews = new ArrayList<>();
        int[] missing = new int[round.documentCount()];
        List<Reviewer> reviewers = round.problem.reviewers();
        List<DocumentUnderReview> documents = round.problem.documents();
        for (int g = 0; g < round.groupCount; g++) {
            int[] members = round.groupDocuments[g];
            int[] order = sortedByReviewer(givers.get(g));
            int t = 0;
            for (int x : order) {
                long reviewerId = reviewers.get(givers.get(g).get(x)).id();
                for (int k = 0; k < amounts.get(g).get(x); k++, t++) {
                    reviews.add(new Review(reviewerId, documents.get(members[t % members.length]).id()));
                }
            }
            for (int k = 0; k < flow.missing()[g]; k++, t++) {
                missing[members[t % members.length]]++;
            }
        }
        return new Filled(reviews, missing);
    }

    private static int[] sortedByReviewer(IntList givers) {
        Integer[] order = new Integer[givers.size()];
        for (int x = 0; x < order.length; x++) {
            order[x] = x;
        }
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(givers.get(x), givers.get(y)));
        int[] result = new int[order.length];
        for (int x = 0; x < order.length; x++) {
            result[x] = order[x];
        }
        return result;
    }

    record Filled(List<Review> reviews, int[] missing) {
    }
}
