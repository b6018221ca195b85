package ru.portal500.registry.bench;

import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.AssessmentResult;
import ru.portal500.registry.domain.Identification;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.IdentificationRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Identification at Russia's scale: 45,000 schools × 3 years × 6 procedures (810,000 results), the
 * default rule. Reports the median of repeated runs and, as the baseline measured in the same run, a
 * plain pass over the same results (what merely reading them costs), so that noisy machines compare.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.registry.bench.IdentificationBenchmark</pre>
 */
public final class IdentificationBenchmark {

    static final int SCHOOLS = 45_000;
    static final int CAMPAIGN = 2026;
    static final int RUNS = 7;

    public static void main(String[] args) {
        List<AssessmentResult> results = generate(new Random(500));
        System.out.printf("results: %,d%n", results.size());
        long[] identification = new long[RUNS];
        long[] baseline = new long[RUNS];
        int proposed = 0;
        double sink = 0;
        for (int run = -2; run < RUNS; run++) { // two warm-up runs
            long start = System.nanoTime();
            List<IdentificationFinding> findings = Identification.propose(IdentificationRule.DEFAULT, CAMPAIGN, results);
            long middle = System.nanoTime();
            for (AssessmentResult r : results) {
                sink += r.failShare();
            }
            long end = System.nanoTime();
            if (run >= 0) {
                identification[run] = middle - start;
                baseline[run] = end - middle;
                proposed = findings.size();
            }
        }
        double idMs = median(identification) / 1e6;
        double baseMs = median(baseline) / 1e6;
        System.out.printf("identification: median %.1f ms over %d runs, %,d schools proposed%n", idMs, RUNS, proposed);
        System.out.printf("baseline (one pass over the results): median %.1f ms; ratio %.1f×%n", baseMs, idMs / baseMs);
        System.out.printf("target: under 10,000 ms — %s (checksum %.0f)%n", idMs < 10_000 ? "met" : "NOT MET", sink);
    }

    static List<AssessmentResult> generate(Random random) {
        List<AssessmentResult> results = new ArrayList<>(SCHOOLS * 3 * 6);
        AssessmentProcedure[] procedures = AssessmentProcedure.values();
        for (long school = 1; school <= SCHOOLS; school++) {
            for (int year = CAMPAIGN - 3; year < CAMPAIGN; year++) {
                for (AssessmentProcedure procedure : procedures) {
                    // Most schools do well; about one result in ten crosses 25 %.
                    double share = Math.min(100, Math.abs(random.nextGaussian() * 15));
                    results.add(new AssessmentResult(school, year, procedure, "математика", share));
                }
            }
        }
        return results;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
