package ru.portal500.expertise.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.expertise.assignment.AssignmentSolverTest.document;
import static ru.portal500.expertise.assignment.AssignmentSolverTest.outsideDocuments;
import static ru.portal500.expertise.assignment.AssignmentSolverTest.reviewers;

/** A reviewer declines a document: who takes it, and what else changes. */
class ReassignmentTest {

    @Test
    void anotherReviewerTakesItWhenTheLoadsAllowIt() {
        // 4 reviews for 3 reviewers: one writes 2, the others 1
        AssignmentProblem problem = AssignmentProblem.of(reviewers(3, 1), outsideDocuments(4, 1)).withReviewsPerDocument(1);
        Assignment before = solve(problem);
        long decliner = before.loads().entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
        long declined = before.documentsOf(decliner).get(0);

        ReassignmentResult.Replaced replaced = replaced(problem, before, decliner, declined);

        assertEquals(List.of(new Review(decliner, declined)), replaced.removed());
        assertEquals(1, replaced.added().size());
        assertTrue(replaced.balanced());
        assertEquals(List.of(), AssignmentVerifier.violations(problem, replaced.assignment()));
        assertOthersKeepTheirReviews(before, replaced);
    }

    @Test
    void aSwapKeepsEveryLoadWhenATransferWouldNot() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(2, 1), outsideDocuments(4, 1)).withReviewsPerDocument(1);
        Assignment before = solve(problem);
        long declined = before.documentsOf(1).get(0);

        ReassignmentResult.Replaced replaced = replaced(problem, before, 1, declined);

        assertEquals(Map.of(1L, 2, 2L, 2), replaced.assignment().loads());
        assertEquals(2, replaced.removed().size());
        assertEquals(2, replaced.added().size());
        assertTrue(replaced.added().contains(new Review(2, declined)));
        assertFalse(replaced.assignment().documentsOf(1).contains(declined));
        assertTrue(replaced.balanced());
        assertEquals(List.of(), AssignmentVerifier.violations(problem, replaced.assignment()));
        assertOthersKeepTheirReviews(before, replaced);
    }

    @Test
    void withoutASwapTheLeastLoadedTakesItAndTheResultSaysItIsUnbalanced() {
        // reviewer 1 may not review school 901's documents, so it has nothing to swap for
        List<Reviewer> reviewers = List.of(new Reviewer(1, 1, Set.of(901L), Set.of()), new Reviewer(2, 1, Set.of(), Set.of()));
        List<DocumentUnderReview> documents = List.of(document(1001, 900, 1), document(1002, 900, 1),
                document(1003, 901, 1), document(1004, 901, 1));
        AssignmentProblem problem = AssignmentProblem.of(reviewers, documents).withReviewsPerDocument(1);
        Assignment before = solve(problem);

        ReassignmentResult.Replaced replaced = replaced(problem, before, 1, 1001);

        assertEquals(List.of(new Review(2, 1001)), replaced.added());
        assertFalse(replaced.balanced());
        assertEquals(Map.of(1L, 1, 2L, 3), replaced.assignment().loads());
        assertEquals(List.of(), AssignmentVerifier.violations(problem, replaced.assignment(), false));
    }

    @Test
    void theReplacementKeepsEveryRuleOfTheRound() {
        AssignmentProblem problem = RandomRounds.draw(new java.util.Random(3), 40, 120, 2).withOtherMunicipalityOnly(false);
        AssignmentResult result = new AssignmentSolver().solve(problem);
        Assignment before = assertInstanceOf(AssignmentResult.Assigned.class, result, result::toString).assignment();
        int declines = 0;
        for (Review review : before.reviews().subList(0, 30)) {
            ReassignmentResult after = Reassignment.afterDecline(problem, before, review.reviewerId(), review.documentId());
            if (after instanceof ReassignmentResult.Replaced replaced) {
                declines++;
                assertFalse(replaced.assignment().reviewersOf(review.documentId()).contains(review.reviewerId()));
                assertEquals(List.of(), AssignmentVerifier.violations(problem, replaced.assignment(), !replaced.balanced() ? false : true));
                assertOthersKeepTheirReviews(before, replaced);
            }
        }
        assertTrue(declines > 20);
    }

    @Test
    void theCheapestBalancedReplacementWins() {
        MunicipalityDistance line = (a, b) -> (int) Math.abs(a - b) * 10;
        List<Reviewer> reviewers = List.of(Reviewer.school(1, 1, Set.of()), Reviewer.school(2, 3, Set.of()),
                Reviewer.school(3, 2, Set.of()), Reviewer.school(4, 4, Set.of()));
        // 5 reviews, 4 reviewers: one writes two
        AssignmentProblem problem = AssignmentProblem.of(reviewers, outsideDocuments(5, 1))
                .withReviewsPerDocument(1).withDistance(line);
        Assignment before = solve(problem);
        long decliner = before.loads().entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
        long declined = before.documentsOf(decliner).get(0);

        ReassignmentResult.Replaced replaced = replaced(problem, before, decliner, declined);

        long taker = replaced.added().get(0).reviewerId();
        long nearest = problem.reviewers().stream().filter(r -> r.id() != decliner)
                .min(java.util.Comparator.comparingLong(r -> problem.cost(r, problem.document(declined)))).orElseThrow().id();
        assertEquals(nearest, taker);
    }

    @Test
    void nobodyElseMayTakeIt() {
        List<Reviewer> reviewers = List.of(new Reviewer(1, 1, Set.of(901L), Set.of()), new Reviewer(2, 1, Set.of(900L), Set.of()));
        List<DocumentUnderReview> documents = List.of(document(1001, 900, 1), document(1002, 900, 1),
                document(1003, 901, 1), document(1004, 901, 1));
        AssignmentProblem problem = AssignmentProblem.of(reviewers, documents).withReviewsPerDocument(1);
        Assignment before = solve(problem);

        ReassignmentResult result = Reassignment.afterDecline(problem, before, 1, 1001);

        assertEquals(new ReassignmentResult.NoReplacement(
                new Infeasibility(Infeasibility.Reason.NO_ELIGIBLE_REPLACEMENT, 1001, 1, 0)), result);
    }

    private static Assignment solve(AssignmentProblem problem) {
        AssignmentResult result = new AssignmentSolver().solve(problem);
        return assertInstanceOf(AssignmentResult.Assigned.class, result, result::toString).assignment();
    }

    private static ReassignmentResult.Replaced replaced(AssignmentProblem problem, Assignment before, long reviewer, long document) {
        ReassignmentResult result = Reassignment.afterDecline(problem, before, reviewer, document);
        return assertInstanceOf(ReassignmentResult.Replaced.class, result, result::toString);
    }

    /** Nothing changed but what the result lists. */
    private static void assertOthersKeepTheirReviews(Assignment before, ReassignmentResult.Replaced replaced) {
        Set<Review> expected = new HashSet<>(before.reviews());
        replaced.removed().forEach(expected::remove);
        expected.addAll(replaced.added());
        assertEquals(expected, new HashSet<>(replaced.assignment().reviews()));
        List<Review> unchanged = new ArrayList<>(before.reviews());
        unchanged.removeAll(replaced.removed());
        assertTrue(replaced.assignment().reviews().containsAll(unchanged));
    }
}
