package ru.portal500.contests.bench;

import ru.portal500.contests.judging.EntryParties;
import ru.portal500.contests.judging.JurorTies;
import ru.portal500.contests.judging.JuryAssignment;
import ru.portal500.contests.judging.JuryAssignmentRules;
import ru.portal500.contests.judging.JuryMember;
import ru.portal500.contests.judging.JuryReview;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The jury of a large contest assigned (issue 16, item 10): 2,000 entries in 5 nominations of 400, 60 jurors — a jury
 * of 12 per nomination, no juror on two juries — and 3 reviews per entry, 6,000 reviews, 100 per juror. Entries come
 * from 300 entering schools (a few schools enter many cases, most one or two: a school's weight falls as 1/rank);
 * 100 of those schools are in a pair with a curator school among them. Conflicts as the portal computes them: 40 of
 * the 60 jurors work at an entering school (their own school's entries, and those of the school it is paired with),
 * 15 curate, mentor or tutor 2 to 3 schools, 10 co-authored work with 3 entrants each, 10 declared a conflict with 2
 * entries each; one juror in each nomination has a cap of 60 reviews, below the common load. Each nomination is
 * assigned by {@link JuryAssignment} (the mutual-expertise solver). The baseline, measured in the same run: checking
 * the assignment's rules on the result ({@link JuryAssignmentRules#violations}: every entry its reviews, no conflict,
 * no juror twice, the caps), which must find nothing before a run counts. Reports the median and the maximum of
 * repeated runs after two warm-ups; the target is the assignment under 2 s on 2 cores.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.contests.bench.JuryAssignmentBenchmark</pre>
 *
 * <p>Measured on 2 cores (Java 17) shared with three other builds, load average 10.3 at the start and 10.2 at the end;
 * 7 runs: the 5 nominations assigned in a median 1,678 ms, max 1,891 ms; checking the rules 23.9 ms (ratio 70×);
 * 356 conflicting juror–entry pairs, loads 60 (the capped jurors) to 104, balanced.
 */
public final class JuryAssignmentBenchmark {

    static final int NOMINATIONS = 5;
    static final int ENTRIES_PER_NOMINATION = 400;
    static final int JURORS_PER_NOMINATION = 12;
    static final int REVIEWS = 3;
    static final int SCHOOLS = 300;
    /** Timed runs, after two warm-up runs; {@code -Druns=3} for a quick look. */
    static final int RUNS = Math.max(1, Integer.getInteger("runs", 7));

    public static void main(String[] args) {
        System.out.printf("load average at start: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Contest contest = Contest.generate(new Random(16));
        System.out.printf("entries: %,d in %d nominations, jurors: %d, reviews: %,d, conflicting pairs: %,d%n",
                contest.entryCount(), NOMINATIONS, contest.jurorCount(), contest.entryCount() * REVIEWS,
                contest.conflictingPairs());
        long[] assigning = new long[RUNS];
        long[] checking = new long[RUNS];
        Map<String, Integer> lastLoads = new TreeMap<>();
        boolean balanced = true;
        for (int run = -2; run < RUNS; run++) {
            long start = System.nanoTime();
            List<JuryAssignment.Result.Assigned> results = new ArrayList<>();
            for (int n = 0; n < NOMINATIONS; n++) {
                JuryAssignment.Result result = JuryAssignment.assign(contest.entries().get(n), contest.jury().get(n),
                        REVIEWS, List.of(), List.of());
                if (!(result instanceof JuryAssignment.Result.Assigned assigned)) {
                    throw new IllegalStateException("nomination " + (n + 1) + ": " + result);
                }
                results.add(assigned);
            }
            long middle = System.nanoTime();
            List<Phrase> violations = new ArrayList<>();
            for (int n = 0; n < NOMINATIONS; n++) {
                violations.addAll(JuryAssignmentRules.violations(contest.entries().get(n), contest.jury().get(n),
                        REVIEWS, results.get(n).reviews(), List.of()));
            }
            long end = System.nanoTime();
            if (!violations.isEmpty()) {
                throw new IllegalStateException(violations.subList(0, Math.min(5, violations.size())).toString());
            }
            if (run >= 0) {
                assigning[run] = middle - start;
                checking[run] = end - middle;
            }
            lastLoads.clear();
            balanced = true;
            for (JuryAssignment.Result.Assigned assigned : results) {
                lastLoads.putAll(assigned.loads());
                balanced &= assigned.balanced();
            }
        }
        double median = median(assigning) / 1e6;
        double max = Arrays.stream(assigning).max().orElseThrow() / 1e6;
        double baseline = median(checking) / 1e6;
        int least = lastLoads.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int most = lastLoads.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        System.out.printf("assignment of the 5 nominations: median %.0f ms, max %.0f ms over %d runs; loads %d to %d"
                + " (the capped jurors 60), balanced: %s%n", median, max, RUNS, least, most, balanced);
        System.out.printf("  baseline (checking the assignment's rules): median %.1f ms; ratio %.1f×; target under"
                + " 2,000 ms — %s%n", baseline, median / baseline, max < 2_000 ? "met" : "NOT MET");
        System.out.printf("load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The generated contest: each nomination's entries and jury. */
    private record Contest(List<List<EntryParties>> entries, List<List<JuryMember>> jury) {

        static Contest generate(Random random) {
            double[] weight = new double[SCHOOLS];
            double total = 0;
            for (int s = 0; s < SCHOOLS; s++) {
                weight[s] = 1.0 / (s + 1);
                total += weight[s];
            }
            // 100 schools (ШНОР) each paired with a curator school among the entering schools
            Map<Long, Set<Long>> pairs = new TreeMap<>();
            for (int s = 0; s < 100; s++) {
                long school = school(3 * s);
                long curator;
                do {
                    curator = school(random.nextInt(SCHOOLS));
                } while (curator == school);
                pairs.computeIfAbsent(school, k -> new HashSet<>()).add(curator);
                pairs.computeIfAbsent(curator, k -> new HashSet<>()).add(school);
            }
            List<List<EntryParties>> entries = new ArrayList<>();
            List<String> entrants = new ArrayList<>();
            long id = 1;
            for (int n = 0; n < NOMINATIONS; n++) {
                List<EntryParties> nomination = new ArrayList<>();
                for (int e = 0; e < ENTRIES_PER_NOMINATION; e++) {
                    double pick = random.nextDouble() * total;
                    int s = 0;
                    while (s < SCHOOLS - 1 && (pick -= weight[s]) > 0) {
                        s++;
                    }
                    Set<String> authors = new HashSet<>();
                    for (int a = 0; a <= random.nextInt(3); a++) {
                        String author = "teacher-" + s + "-" + random.nextInt(20);
                        authors.add(author);
                        entrants.add(author);
                    }
                    nomination.add(new EntryParties(id++, school(s), authors));
                }
                entries.add(nomination);
            }
            List<List<JuryMember>> jury = new ArrayList<>();
            int juror = 0;
            for (int n = 0; n < NOMINATIONS; n++) {
                List<JuryMember> members = new ArrayList<>();
                for (int j = 0; j < JURORS_PER_NOMINATION; j++, juror++) {
                    Long home = juror % 3 != 2 ? school(random.nextInt(60)) : null; // 40 of 60 at entering schools
                    Set<Long> paired = home == null ? Set.of() : pairs.getOrDefault(home, Set.of());
                    Set<Long> helped = new HashSet<>();
                    if (juror % 4 == 1) { // 15 curators, mentors, tutors
                        for (int h = 0; h < 2 + random.nextInt(2); h++) {
                            helped.add(school(random.nextInt(SCHOOLS)));
                        }
                    }
                    Set<String> coAuthors = new HashSet<>();
                    if (juror % 6 == 0) { // 10 co-authors
                        for (int c = 0; c < 3; c++) {
                            coAuthors.add(entrants.get(random.nextInt(entrants.size())));
                        }
                    }
                    Set<Long> declared = new HashSet<>();
                    if (juror % 6 == 3) { // 10 declarations
                        for (int d = 0; d < 2; d++) {
                            declared.add(entries.get(n).get(random.nextInt(ENTRIES_PER_NOMINATION)).entryId());
                        }
                    }
                    JurorTies ties = new JurorTies(String.format("juror-%02d", juror), home, paired, helped,
                            coAuthors, Set.of(), declared);
                    members.add(new JuryMember(ties, null, j == 0 ? 60 : null));
                }
                jury.add(members);
            }
            return new Contest(entries, jury);
        }

        int entryCount() {
            return entries.stream().mapToInt(List::size).sum();
        }

        int jurorCount() {
            return jury.stream().mapToInt(List::size).sum();
        }

        /** Juror–entry pairs of a nomination with a conflict of interest. */
        long conflictingPairs() {
            long pairs = 0;
            for (int n = 0; n < NOMINATIONS; n++) {
                for (JuryMember member : jury.get(n)) {
                    for (EntryParties entry : entries.get(n)) {
                        if (!ru.portal500.contests.judging.EntryConflicts.reasons(member.ties(), entry).isEmpty()) {
                            pairs++;
                        }
                    }
                }
            }
            return pairs;
        }
    }

    private static long school(int index) {
        return 1000L + index;
    }
}
