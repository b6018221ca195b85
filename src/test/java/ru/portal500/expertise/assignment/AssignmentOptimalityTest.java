package ru.portal500.expertise.assignment;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The solver's result against an exhaustive search and against the textbook network, on random rounds. */
class AssignmentOptimalityTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void smallRoundsMatchTheExhaustiveSearch() {
        int feasible = 0;
        for (int seed = 0; seed < 4000; seed++) {
            Random random = new Random(seed);
            int reviewers = 2 + random.nextInt(5);
            int documents = 1 + random.nextInt(6);
            int maxReviews = documents > 4 && reviewers > 4 ? 2 : 3;
            AssignmentProblem problem = RandomRounds.draw(random, reviewers, documents, maxReviews);
            if (compare(seed, problem, ExhaustiveSearch.minimumCost(problem), solver)) {
                feasible++;
            }
        }
        assertTrue(feasible > 1000, "too few feasible rounds to mean anything: " + feasible);
    }

    @Test
    void roundsWithOneDocumentPerAuthorSchoolMatchTheExhaustiveSearch() {
        // preferences and declared conflicts split schools into several groups: the per-school limit then
        // spans groups, the case that needs a node per reviewer and school
        int feasible = 0;
        for (int seed = 0; seed < 1500; seed++) {
            Random random = new Random(50_000 + seed);
            AssignmentProblem problem = RandomRounds.draw(random, 2 + random.nextInt(5), 1 + random.nextInt(6), 2)
                    .withOnePerAuthorSchool(true);
            if (compare(seed, problem, ExhaustiveSearch.minimumCost(problem), solver)) {
                feasible++;
            }
        }
        assertTrue(feasible > 300, "too few feasible rounds to mean anything: " + feasible);
    }

    @Test
    void theFallbackWithoutThePenaltyGivesTheSameOptimum() {
        AssignmentSolver cheapShortfall = new AssignmentSolver(1);
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            AssignmentProblem problem = RandomRounds.draw(random, 2 + random.nextInt(5), 1 + random.nextInt(5), 2);
            compare(seed, problem, ExhaustiveSearch.minimumCost(problem), cheapShortfall);
        }
    }

    @Test
    void mediumRoundsMatchTheCompleteNetwork() {
        int feasible = 0;
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(1000 + seed);
            AssignmentProblem problem = RandomRounds.draw(random, 15 + random.nextInt(30), 20 + random.nextInt(80), 3);
            if (seed % 3 == 0) {
                problem = problem.withOnePerAuthorSchool(true);
            }
            if (compare(seed, problem, FullGraphReference.minimumCost(problem), solver)) {
                feasible++;
            }
        }
        assertTrue(feasible > 30, "too few feasible rounds to mean anything: " + feasible);
    }

    /** Returns whether the round was feasible. */
    private static boolean compare(int seed, AssignmentProblem problem, OptionalLong optimum, AssignmentSolver solver) {
        AssignmentResult result = solver.solve(problem);
        if (optimum.isEmpty()) {
            if (!(result instanceof AssignmentResult.Infeasible infeasible) || infeasible.reasons().isEmpty()) {
                fail("seed " + seed + ": no assignment exists, but the solver returned " + result);
            }
            return false;
        }
        if (!(result instanceof AssignmentResult.Assigned assigned)) {
            fail("seed " + seed + ": an assignment of cost " + optimum.getAsLong() + " exists, but the solver returned " + result);
            return false;
        }
        assertEquals(java.util.List.of(), AssignmentVerifier.violations(problem, assigned.assignment()), "seed " + seed);
        assertEquals(optimum.getAsLong(), assigned.assignment().totalCost(), "seed " + seed);
        return true;
    }
}
