package ru.portal500.expertise.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Optimality where no exhaustive search reaches: 600 schools in 20 municipalities, about 3,000
 * documents, 3 reviews each. Without preferences, the flow between municipalities that ignores conflicts (the
 * solver's own relaxation, solved separately here) costs no more than any assignment; an assignment
 * that costs exactly as much is therefore optimal.
 */
class AssignmentAtScaleTest {

    @Test
    void reviewsAcrossMunicipalitiesCostNoMoreThanTheRelaxationsLowerBound() {
        AssignmentProblem problem = region(new Random(11)).withOtherMunicipalityOnly(true);

        Assignment assignment = solve(problem);

        assertEquals(lowerBound(problem), assignment.totalCost());
    }

    @Test
    void reviewsWithinMunicipalitiesToo() {
        AssignmentProblem problem = region(new Random(12));

        Assignment assignment = solve(problem);

        assertEquals(lowerBound(problem), assignment.totalCost());
        assertTrue(assignment.totalCost() > 0, "some reviews cross municipalities");
    }

    private static Assignment solve(AssignmentProblem problem) {
        AssignmentResult result = new AssignmentSolver().solve(problem);
        Assignment assignment = assertInstanceOf(AssignmentResult.Assigned.class, result, result::toString).assignment();
        assertEquals(List.of(), AssignmentVerifier.violations(problem, assignment));
        return assignment;
    }

    private static long lowerBound(AssignmentProblem problem) {
        IndexedRound round = new IndexedRound(problem);
        long[][] flow = InitialCandidates.classFlow(round);
        long cost = 0;
        for (int a = 0; a < flow.length; a++) {
            for (int b = 0; b < flow.length; b++) {
                cost += flow[a][b] * round.distance[a][b];
            }
        }
        return cost;
    }

    /**
     * Municipalities of uneven size at random places, a third of the schools paired, 1 to 9 documents
     * per school: municipalities need more or fewer reviews than they write, so reviews cross even
     * where they need not.
     */
    private static AssignmentProblem region(Random random) {
        int schools = 600;
        int municipalities = 20;
        int[] municipalityOf = new int[schools];
        for (int s = 0; s < schools; s++) {
            municipalityOf[s] = Math.min(municipalities - 1, (int) (municipalities * Math.pow(random.nextDouble(), 1.6)));
        }
        int[][] km = new int[municipalities + 1][municipalities + 1];
        double[] x = random.doubles(municipalities, 0, 800).toArray();
        double[] y = random.doubles(municipalities, 0, 600).toArray();
        for (int a = 0; a < municipalities; a++) {
            for (int b = 0; b < municipalities; b++) {
                km[a + 1][b + 1] = (int) Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
            }
        }
        List<Set<Long>> paired = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            paired.add(new HashSet<>());
        }
        for (int s = 0; s < schools; s += 3) {
            int other = random.nextInt(schools);
            if (other != s) {
                paired.get(s).add(1L + other);
                paired.get(other).add(1L + s);
            }
        }
        List<Reviewer> reviewers = new ArrayList<>();
        List<DocumentUnderReview> documents = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            reviewers.add(Reviewer.school(1L + s, municipalityOf[s] + 1, paired.get(s)));
            int submitted = 1 + random.nextInt(9);
            for (int d = 0; d < submitted; d++) {
                documents.add(new DocumentUnderReview(10_000L + 10L * s + d, 1L + s, municipalityOf[s] + 1));
            }
        }
        return AssignmentProblem.of(reviewers, documents).withReviewsPerDocument(3)
                .withDistance((a, b) -> km[(int) a][(int) b]);
    }
}
