package ru.portal500.expertise.bench;

import ru.portal500.expertise.assignment.Assignment;
import ru.portal500.expertise.assignment.AssignmentProblem;
import ru.portal500.expertise.assignment.AssignmentResult;
import ru.portal500.expertise.assignment.AssignmentSolver;
import ru.portal500.expertise.assignment.AssignmentVerifier;
import ru.portal500.expertise.assignment.DocumentUnderReview;
import ru.portal500.expertise.assignment.MunicipalityDistance;
import ru.portal500.expertise.assignment.Preference;
import ru.portal500.expertise.assignment.Reassignment;
import ru.portal500.expertise.assignment.ReassignmentResult;
import ru.portal500.expertise.assignment.Review;
import ru.portal500.expertise.assignment.Reviewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Mutual expertise at a large region's scale: 2,000 schools in 40 municipalities (from a city of 292
 * schools down to districts of 24), a third of them in pairs, 10,000 documents (5 per school), 3
 * reviews each — 30,000 reviews, 15 per school; distances in kilometres between municipalities. Five
 * rounds as the issue asks: within-municipality reviews allowed or not; then both again with 2,000
 * declared preferences and 300 declared conflicts (2,300 documents that no longer group with their
 * school's others), and the harder of those with one document per author school. Reports the median
 * and the maximum of repeated runs and, as the baseline measured in the same run, checking every rule
 * on the result ({@code AssignmentVerifier}), so that noisy machines compare; every result is checked
 * before it counts. The target is under 5 seconds per assignment. Also times re-assignment after a
 * decline (all 15 reviews per school: every decline needs a swap to stay balanced).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.expertise.bench.AssignmentBenchmark</pre>
 *
 * <p>Measured on 2 cores (AMD EPYC, Java 17) shared with another build, load average 3.1 at the start
 * and 3.3 at the end; medians and maxima of 7 runs, in milliseconds:
 * <pre>
 * round                                                  median   max   check  total cost (km)
 * own municipality allowed                                   36    73       5          0
 * other municipality only                                   191   245       8  2,892,435
 * own municipality allowed, declarations                     64    88       5     -1,216
 * other municipality only, declarations                     798   920       4  2,889,174
 * other municipality only, declarations, one per school    1018  1506       7  2,889,174
 * re-assignment after a decline (50, each a swap)            17    65
 * </pre>
 * An earlier run at load average 4.3 gave medians of 93, 318, 148, 1138 and 1685 ms (maxima 209,
 * 444, 233, 1567, 1930): under 5 seconds with room to spare. With JGraphT's default capacity scaling
 * (factor 8) the first four rounds took 3 to 20 seconds: its scaling phases first route the flow
 * through the algorithm's own infinite-cost arcs. The total cost 2,892,435 equals the lower bound given
 * by the flow between municipalities that ignores conflicts, an independent sign that it is optimal.
 */
public final class AssignmentBenchmark {

    static final int SCHOOLS = 2_000;
    static final int MUNICIPALITIES = 40;
    static final int DOCUMENTS_PER_SCHOOL = 5;
    static final int REVIEWS = 3;
    /** Timed runs per round, after two warm-up runs; {@code -Druns=3} for a quick look. */
    static final int RUNS = Math.max(1, Integer.getInteger("runs", 7));

    public static void main(String[] args) {
        System.out.printf("load average at start: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Region region = Region.generate(new Random(500));
        AssignmentProblem base = region.problem().withReviewsPerDocument(REVIEWS);
        System.out.printf("reviewers: %,d, documents: %,d, reviews: %,d%n",
                base.reviewers().size(), base.documents().size(), base.totalReviews());
        measure("own municipality allowed", base);
        Assignment across = measure("other municipality only", base.withOtherMunicipalityOnly(true));
        measureDeclines(base.withOtherMunicipalityOnly(true), across);
        AssignmentProblem declared = region.withDeclarations(base, new Random(7));
        measure("own municipality allowed, declarations", declared);
        measure("other municipality only, declarations", declared.withOtherMunicipalityOnly(true));
        measure("other municipality only, declarations, one per author school",
                declared.withOtherMunicipalityOnly(true).withOnePerAuthorSchool(true));
        System.out.printf("load average at end: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Assignment measure(String name, AssignmentProblem problem) {
        AssignmentSolver solver = new AssignmentSolver();
        long[] solving = new long[RUNS];
        long[] checking = new long[RUNS];
        long cost = 0;
        Assignment last = null;
        for (int run = -2; run < RUNS; run++) { // two warm-up runs
            long start = System.nanoTime();
            AssignmentResult result = solver.solve(problem);
            long middle = System.nanoTime();
            if (!(result instanceof AssignmentResult.Assigned assigned)) {
                throw new IllegalStateException(name + ": " + result);
            }
            Assignment assignment = assigned.assignment();
            List<String> violations = AssignmentVerifier.violations(problem, assignment);
            long end = System.nanoTime();
            if (!violations.isEmpty()) {
                throw new IllegalStateException(name + ": " + violations.subList(0, Math.min(5, violations.size())));
            }
            if (run >= 0) {
                solving[run] = middle - start;
                checking[run] = end - middle;
                cost = assignment.totalCost();
            }
            last = assignment;
        }
        double median = median(solving) / 1e6;
        double max = Arrays.stream(solving).max().orElseThrow() / 1e6;
        double baseline = median(checking) / 1e6;
        System.out.printf("%s: median %.0f ms, max %.0f ms over %d runs; total cost %,d%n", name, median, max, RUNS, cost);
        System.out.printf("  baseline (checking every rule on the result): median %.0f ms; ratio %.1f×; target under 5,000 ms — %s%n",
                baseline, median / baseline, max < 5_000 ? "met" : "NOT MET");
        return last;
    }

    /** One decline after another, each against the original assignment. */
    private static void measureDeclines(AssignmentProblem problem, Assignment assignment) {
        int declines = 50;
        long[] times = new long[declines];
        int swaps = 0;
        for (int d = 0; d < declines; d++) {
            Review declined = assignment.reviews().get(d * 601 % assignment.reviews().size());
            long start = System.nanoTime();
            ReassignmentResult result = Reassignment.afterDecline(problem, assignment, declined.reviewerId(), declined.documentId());
            times[d] = System.nanoTime() - start;
            if (!(result instanceof ReassignmentResult.Replaced replaced) || !replaced.balanced()) {
                throw new IllegalStateException("decline of " + declined + ": " + result);
            }
            swaps += replaced.added().size() - 1;
        }
        System.out.printf("re-assignment after a decline: median %.0f ms, max %.0f ms over %d declines (%d by a swap)%n",
                median(times) / 1e6, Arrays.stream(times).max().orElseThrow() / 1e6, declines, swaps);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The generated region: municipalities with coordinates, schools, pairs, documents. */
    private record Region(List<Reviewer> schools, List<DocumentUnderReview> documents, int[][] km) {

        static Region generate(Random random) {
            double[] weight = new double[MUNICIPALITIES];
            double total = 0;
            for (int m = 0; m < MUNICIPALITIES; m++) {
                weight[m] = 1 / Math.pow(m + 1, 0.9);
                total += weight[m];
            }
            int[] municipalityOf = new int[SCHOOLS];
            int school = 0;
            for (int m = 0; m < MUNICIPALITIES; m++) {
                int size = m == MUNICIPALITIES - 1 ? SCHOOLS - school
                        : Math.max(15, (int) Math.round((SCHOOLS - 15 * MUNICIPALITIES) * weight[m] / total) + 15);
                for (int s = 0; s < size && school < SCHOOLS; s++) {
                    municipalityOf[school++] = m;
                }
            }
            double[] x = new double[MUNICIPALITIES];
            double[] y = new double[MUNICIPALITIES];
            for (int m = 0; m < MUNICIPALITIES; m++) {
                x[m] = random.nextDouble() * 800;
                y[m] = random.nextDouble() * 600;
            }
            int[][] km = new int[MUNICIPALITIES + 1][MUNICIPALITIES + 1];
            for (int a = 0; a < MUNICIPALITIES; a++) {
                for (int b = 0; b < MUNICIPALITIES; b++) {
                    km[a + 1][b + 1] = (int) Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
                }
            }
            // a third of the schools (low results) each paired with a curator school, mostly of the same municipality
            List<Set<Long>> paired = new ArrayList<>();
            for (int s = 0; s < SCHOOLS; s++) {
                paired.add(new HashSet<>());
            }
            for (int s = 0; s < SCHOOLS; s += 3) {
                int curator;
                do {
                    curator = random.nextInt(5) > 0 ? sameMunicipality(random, municipalityOf, s) : random.nextInt(SCHOOLS);
                } while (curator == s);
                paired.get(s).add(id(curator));
                paired.get(curator).add(id(s));
            }
            List<Reviewer> schools = new ArrayList<>();
            List<DocumentUnderReview> documents = new ArrayList<>();
            for (int s = 0; s < SCHOOLS; s++) {
                long municipality = municipalityOf[s] + 1;
                schools.add(Reviewer.school(id(s), municipality, paired.get(s)));
                for (int d = 0; d < DOCUMENTS_PER_SCHOOL; d++) {
                    documents.add(new DocumentUnderReview(10_000L + (long) s * DOCUMENTS_PER_SCHOOL + d, id(s), municipality));
                }
            }
            return new Region(schools, documents, km);
        }

        AssignmentProblem problem() {
            MunicipalityDistance distance = (a, b) -> km[(int) a][(int) b];
            return AssignmentProblem.of(schools, documents).withDistance(distance);
        }

        /** 2,000 preferences (from -50 to 50 km-equivalents) and 300 declared conflicts, at random. */
        AssignmentProblem withDeclarations(AssignmentProblem problem, Random random) {
            Set<List<Long>> pairs = new HashSet<>();
            List<Preference> preferences = new ArrayList<>();
            while (preferences.size() < 2_000) {
                long reviewer = schools.get(random.nextInt(schools.size())).id();
                long document = documents.get(random.nextInt(documents.size())).id();
                if (pairs.add(List.of(reviewer, document))) {
                    preferences.add(new Preference(reviewer, document, random.nextInt(101) - 50));
                }
            }
            List<Reviewer> reviewers = new ArrayList<>(schools);
            for (int c = 0; c < 300; c++) {
                int at = random.nextInt(reviewers.size());
                reviewers.set(at, reviewers.get(at).withConflictDocument(documents.get(random.nextInt(documents.size())).id()));
            }
            return AssignmentProblem.of(reviewers, documents).withDistance(problem.distance())
                    .withReviewsPerDocument(problem.reviewsPerDocument()).withPreferences(preferences);
        }

        private static int sameMunicipality(Random random, int[] municipalityOf, int s) {
            int from = s;
            int to = s;
            while (from > 0 && municipalityOf[from - 1] == municipalityOf[s]) {
                from--;
            }
            while (to < SCHOOLS - 1 && municipalityOf[to + 1] == municipalityOf[s]) {
                to++;
            }
            return from + random.nextInt(to - from + 1);
        }

        private static long id(int school) {
            return 1 + school;
        }
    }
}
