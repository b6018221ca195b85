package ru.portal500.contests.judging;

import ru.portal500.expertise.assignment.AssignmentProblem;
import ru.portal500.expertise.assignment.AssignmentResult;
import ru.portal500.expertise.assignment.AssignmentSolver;
import ru.portal500.expertise.assignment.DocumentUnderReview;
import ru.portal500.expertise.assignment.Infeasibility;
import ru.portal500.expertise.assignment.Review;
import ru.portal500.expertise.assignment.Reviewer;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The automatic assignment of a nomination's jury: every entry gets its reviews from jurors free of conflict with it,
 * the loads balanced, no juror above their cap, and the reviews already made kept — solved by the same min-cost-flow
 * solver as mutual expertise ({@link AssignmentSolver}), so that "impossible" means it: the solver decides exactly.
 *
 * <p><b>Rules.</b> A juror is never given an entry they are in conflict with ({@link EntryConflicts}) unless an
 * override of the organiser covers it ({@link ConflictOverride}), nor an entry twice. Reviews already made (kept when
 * the assignment runs again, e.g. after a juror joined or an entry was admitted late) stay as they are; an entry
 * needs only the reviews it lacks. A kept review that the rules now forbid (a conflict found or declared since, a
 * juror no longer on the jury, an entry gone) is dropped and replaced, and the result lists it. The loads, counted
 * with the kept reviews, are levelled as far as the caps allow: every juror below the common level is filled up to
 * it, those at it differ by one review at most, and a juror already above it (by kept reviews) gets nothing new.
 * When conflicts gather some entries on a few jurors so that levelled loads would leave an entry short, a second
 * solve gives every entry its reviews with any loads within the caps, and says the loads are not balanced
 * ({@link Result.Assigned#balanced()}); only when that fails too is the assignment impossible.
 *
 * <p><b>How the solver is used.</b> Each review an entry lacks is one document to review once; the entry stands as
 * the documents' "author school" with the solver's one-document-per-author-school rule, so no juror takes two of an
 * entry's reviews, and a juror's conflicts are the entries they may not judge. Jurors' targets differ (kept reviews,
 * caps), and the solver gives every reviewer the same fixed load: each juror gets as many reviews reserved to them
 * alone as they are below the common load, and the jurors who may take one review above the level share reserved
 * reviews that each of them may take at most one of — so the solver also decides who takes the extra review.
 * Reserved reviews are no one's work and are dropped from the result.
 *
 * <p>When it cannot be done, the result names why: which entry lacks jurors, how many it needs and how many may
 * judge it, or that the caps are too low — each a keyed message for the organiser ({@code contests.assignment.…}).
 * Deterministic: the same nomination gets the same assignment.
 */
public final class JuryAssignment {

    private static final long MUNICIPALITY = 1;

    private JuryAssignment() {
    }

    /** What the assignment returns: the jury's reviews, or why they cannot be assigned. */
    public sealed interface Result {

        /**
         * Every entry has its reviews.
         *
         * @param reviews every review of the nomination now, kept and added, by entry then juror
         * @param added   the reviews this assignment made
         * @param dropped the kept reviews the rules no longer allow, replaced
         * @param loads    each juror's reviews in the nomination (every juror of the jury, by id)
         * @param balanced whether the loads are levelled as the rules ask; false when conflicts gather some entries
         *                 on a few jurors so that levelled loads would leave an entry without its reviews: every entry
         *                 then has its reviews, the caps are kept, and the organiser may even the loads by hand
         */
        record Assigned(List<JuryReview> reviews, List<JuryReview> added, List<JuryReview> dropped,
                        Map<String, Integer> loads, boolean balanced) implements Result {
            public Assigned {
                reviews = sorted(reviews);
                added = sorted(added);
                dropped = sorted(dropped);
                loads = Map.copyOf(loads);
            }
        }

        /** The rules cannot all be met; each reason is a message for the organiser naming the entry or juror. */
        record Impossible(List<Phrase> reasons) implements Result {
            public Impossible {
                reasons = List.copyOf(reasons);
            }

            /** The refusal a service throws: the first reason, in a sentence. */
            public JudgingRuleException refusal() {
                return new JudgingRuleException("contests.assignment.impossible", reasons.get(0));
            }
        }
    }

    /**
     * Assigns a nomination's entries to its jury.
     *
     * @param entries         the nomination's entries to judge
     * @param jury            the nomination's jurors
     * @param reviewsPerEntry the reviews each entry must have ({@link JudgingSettings#reviewsPerEntry()})
     * @param kept            the reviews already made, to keep
     * @param overrides       the organiser's overrides of conflicts, each for one juror and entry
     */
    public static Result assign(List<EntryParties> entries, List<JuryMember> jury, int reviewsPerEntry,
                                Collection<JuryReview> kept, Collection<ConflictOverride> overrides) {
        if (reviewsPerEntry < 1) {
            throw new IllegalArgumentException("reviews per entry must be at least 1: " + reviewsPerEntry);
        }
        List<EntryParties> sortedEntries = new ArrayList<>(entries);
        sortedEntries.sort(Comparator.comparingLong(EntryParties::entryId));
        List<JuryMember> jurors = new ArrayList<>(jury);
        jurors.sort(Comparator.comparing(JuryMember::juror));
        Map<Long, Integer> entryIndex = new HashMap<>();
        for (int k = 0; k < sortedEntries.size(); k++) {
            if (entryIndex.put(sortedEntries.get(k).entryId(), k) != null) {
                throw new IllegalArgumentException("entry listed twice: " + sortedEntries.get(k).entryId());
            }
        }
        Map<String, Integer> jurorIndex = new HashMap<>();
        for (int j = 0; j < jurors.size(); j++) {
            if (jurorIndex.put(jurors.get(j).juror(), j) != null) {
                throw new IllegalArgumentException("juror listed twice: " + jurors.get(j).juror());
            }
        }
        int n = sortedEntries.size();
        int jurorCount = jurors.size();
        Map<JuryReview, ConflictOverride> overridden = JuryAssignmentRules.byPair(overrides);
        boolean[][] mayJudge = new boolean[jurorCount][n];
        for (int j = 0; j < jurorCount; j++) {
            JuryMember member = jurors.get(j);
            for (int k = 0; k < n; k++) {
                EntryParties entry = sortedEntries.get(k);
                mayJudge[j][k] = EntryConflicts.mayJudge(member.ties(), entry,
                        overridden.get(new JuryReview(entry.entryId(), member.juror())));
            }
        }

        // the kept reviews the rules still allow
        boolean[][] holds = new boolean[jurorCount][n];
        int[] keptOf = new int[n];
        int[] loadOf = new int[jurorCount];
        List<JuryReview> keptReviews = new ArrayList<>();
        List<JuryReview> dropped = new ArrayList<>();
        for (JuryReview review : new LinkedHashSet<>(kept)) {
            Integer k = entryIndex.get(review.entryId());
            Integer j = jurorIndex.get(review.juror());
            if (k == null || j == null || !mayJudge[j][k]) {
                dropped.add(review);
                continue;
            }
            holds[j][k] = true;
            keptOf[k]++;
            loadOf[j]++;
            keptReviews.add(review);
        }
        int[] need = new int[n];
        long lacking = 0;
        for (int k = 0; k < n; k++) {
            need[k] = Math.max(0, reviewsPerEntry - keptOf[k]);
            lacking += need[k];
        }
        if (lacking == 0) {
            return assigned(jurors, keptReviews, List.of(), dropped, true);
        }

        // what each juror may still take: free of conflict, not held yet, under the cap
        int[] capRoom = new int[jurorCount];
        int[] room = new int[jurorCount];
        for (int j = 0; j < jurorCount; j++) {
            Integer cap = jurors.get(j).maxReviews();
            capRoom[j] = cap == null ? Integer.MAX_VALUE : Math.max(0, cap - loadOf[j]);
            int free = 0;
            for (int k = 0; k < n; k++) {
                if (need[k] > 0 && mayJudge[j][k] && !holds[j][k]) {
                    free++;
                }
            }
            room[j] = Math.min(capRoom[j], free);
        }
        List<Phrase> reasons = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (need[k] == 0) {
                continue;
            }
            int free = 0;
            int withRoom = 0;
            for (int j = 0; j < jurorCount; j++) {
                if (mayJudge[j][k] && !holds[j][k]) {
                    free++;
                    if (capRoom[j] > 0) {
                        withRoom++;
                    }
                }
            }
            String number = JuryAssignmentRules.number(sortedEntries.get(k).entryId());
            if (free < need[k]) {
                reasons.add(new Phrase("contests.assignment.tooFewJurors", number, reviewsPerEntry,
                        keptOf[k] + free, jurorCount));
            } else if (withRoom < need[k]) {
                reasons.add(new Phrase("contests.assignment.jurorsFull", number, need[k], withRoom));
            }
        }
        long places = 0;
        for (int j = 0; j < jurorCount; j++) {
            places += room[j];
        }
        if (reasons.isEmpty() && places < lacking) {
            reasons.add(new Phrase("contests.assignment.capsTooLow", lacking, places));
        }
        if (!reasons.isEmpty()) {
            return new Result.Impossible(reasons);
        }

        Levels levels = Levels.of(loadOf, room, lacking);
        int[] high = new int[jurorCount];
        for (int j = 0; j < jurorCount; j++) {
            high[j] = levels.base()[j] + (levels.extra() > 0 && levels.mayTakeExtra()[j] ? 1 : 0);
        }
        Set<Phrase> blocked = new LinkedHashSet<>();
        List<JuryReview> added = attempt(sortedEntries, jurors, need, mayJudge, holds, levels.base(), high, true,
                blocked);
        if (added != null) {
            return assigned(jurors, keptReviews, added, dropped, true);
        }
        // the levelled loads cannot be met (conflicts gather some entries on a few jurors): any loads within room
        blocked.clear();
        added = attempt(sortedEntries, jurors, need, mayJudge, holds, new int[jurorCount], room, false, blocked);
        if (added != null) {
            return assigned(jurors, keptReviews, added, dropped, false);
        }
        if (blocked.isEmpty()) {
            throw new IllegalStateException("the solver found no assignment and named no entry");
        }
        return new Result.Impossible(List.copyOf(blocked));
    }

    /**
     * The loads levelled: the highest common level {@code L} the reviews lacking can fill, each juror's new reviews
     * {@code base} (up to {@code L}, within their room), and {@code extra} of the jurors at {@code L} with room left
     * ({@code mayTakeExtra}) taking one review more.
     */
    record Levels(int[] base, boolean[] mayTakeExtra, int extra) {

        static Levels of(int[] load, int[] room, long lacking) {
            int lo = 0;
            int hi = 0;
            for (int j = 0; j < load.length; j++) {
                hi = (int) Math.max(hi, Math.min((long) load[j] + room[j], Integer.MAX_VALUE));
            }
            while (lo < hi) { // the highest level whose fill does not exceed what is lacking
                int mid = (int) (((long) lo + hi + 1) / 2);
                if (fill(load, room, mid) <= lacking) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int level = lo;
            int[] base = new int[load.length];
            boolean[] mayTakeExtra = new boolean[load.length];
            long given = 0;
            for (int j = 0; j < load.length; j++) {
                base[j] = clamp(level - load[j], room[j]);
                given += base[j];
                mayTakeExtra[j] = load[j] + base[j] == level && base[j] < room[j];
            }
            return new Levels(base, mayTakeExtra, (int) (lacking - given));
        }

        private static long fill(int[] load, int[] room, int level) {
            long total = 0;
            for (int j = 0; j < load.length; j++) {
                total += clamp(level - load[j], room[j]);
            }
            return total;
        }

        private static int clamp(long value, int most) {
            return (int) Math.max(0, Math.min(value, most));
        }
    }

    /**
     * One solve: juror {@code j} takes between {@code low[j]} and {@code high[j]} of the reviews lacking. Each juror
     * gets {@code k − high[j]} reserved reviews of their own ({@code k} the highest {@code high}), and the slack —
     * what the ranges allow beyond the reviews lacking — is reserved reviews the jurors share: of one "school" when
     * each may take one at most (the balanced solve), of one school each otherwise.
     *
     * @return the reviews added, or null with the solver's reasons in {@code reasons}
     */
    private static List<JuryReview> attempt(List<EntryParties> entries, List<JuryMember> jurors, int[] need,
                                            boolean[][] mayJudge, boolean[][] holds, int[] low, int[] high,
                                            boolean oneSharedEach, Set<Phrase> reasons) {
        int n = entries.size();
        int jurorCount = jurors.size();
        int fixedLoad = 0;
        long slack = 0;
        for (int j = 0; j < jurorCount; j++) {
            fixedLoad = Math.max(fixedLoad, high[j]);
            slack += high[j] - low[j];
        }
        long lacking = 0;
        for (int k = 0; k < n; k++) {
            lacking += need[k];
        }
        for (int j = 0; j < jurorCount; j++) {
            lacking -= low[j];
        }
        slack -= lacking;
        // documents: the reviews lacking (entry k stands as "author school" k + 1), then the reserved ones
        List<DocumentUnderReview> documents = new ArrayList<>();
        Map<Long, Integer> entryOfDocument = new HashMap<>();
        long id = 1;
        for (int k = 0; k < n; k++) {
            for (int s = 0; s < need[k]; s++) {
                entryOfDocument.put(id, k);
                documents.add(new DocumentUnderReview(id++, k + 1, MUNICIPALITY));
            }
        }
        long school = n + 1L;
        Map<Long, Integer> ownerOfSchool = new HashMap<>();
        for (int j = 0; j < jurorCount; j++) {
            for (int p = high[j]; high[j] > 0 && p < fixedLoad; p++) {
                ownerOfSchool.put(school, j);
                documents.add(new DocumentUnderReview(id++, school++, MUNICIPALITY));
            }
        }
        Set<Long> sharedSchools = new HashSet<>();
        for (long s = 0; s < slack; s++) {
            sharedSchools.add(school);
            documents.add(new DocumentUnderReview(id++, oneSharedEach ? school : school++, MUNICIPALITY));
        }
        List<Reviewer> reviewers = new ArrayList<>();
        for (int j = 0; j < jurorCount; j++) {
            if (high[j] == 0) {
                continue;
            }
            Set<Long> conflicts = new HashSet<>();
            for (int k = 0; k < n; k++) {
                if (need[k] > 0 && (!mayJudge[j][k] || holds[j][k])) {
                    conflicts.add(k + 1L);
                }
            }
            int juror = j;
            ownerOfSchool.forEach((reserved, owner) -> {
                if (owner != juror) {
                    conflicts.add(reserved);
                }
            });
            if (high[j] == low[j]) {
                conflicts.addAll(sharedSchools);
            }
            reviewers.add(new Reviewer(j + 1L, MUNICIPALITY, conflicts, Set.of()));
        }
        AssignmentProblem problem = AssignmentProblem.of(reviewers, documents).withReviewsPerDocument(1)
                .withReviewsPerReviewer(fixedLoad).withOnePerAuthorSchool(true);
        AssignmentResult result = new AssignmentSolver().solve(problem);
        if (result instanceof AssignmentResult.Infeasible infeasible) {
            for (Infeasibility reason : infeasible.reasons()) {
                Integer k = entryOfDocument.get(reason.subjectId());
                if (reason.reason().subject() == Infeasibility.Subject.DOCUMENT && k != null) {
                    reasons.add(new Phrase("contests.assignment.entryBlocked",
                            JuryAssignmentRules.number(entries.get(k).entryId())));
                }
            }
            return null;
        }
        List<JuryReview> added = new ArrayList<>();
        for (Review review : ((AssignmentResult.Assigned) result).assignment().reviews()) {
            Integer k = entryOfDocument.get(review.documentId());
            if (k != null) {
                added.add(new JuryReview(entries.get(k).entryId(), jurors.get((int) review.reviewerId() - 1).juror()));
            }
        }
        return added;
    }

    private static Result.Assigned assigned(List<JuryMember> jurors, List<JuryReview> keptReviews,
                                            List<JuryReview> added, List<JuryReview> dropped,
                                            boolean balanced) {
        List<JuryReview> all = new ArrayList<>(keptReviews);
        all.addAll(added);
        Map<String, Integer> loads = new TreeMap<>();
        jurors.forEach(m -> loads.put(m.juror(), 0));
        all.forEach(r -> loads.merge(r.juror(), 1, Integer::sum));
        return new Result.Assigned(all, added, dropped, loads, balanced);
    }

    private static List<JuryReview> sorted(List<JuryReview> reviews) {
        List<JuryReview> sorted = new ArrayList<>(reviews);
        sorted.sort(JuryReview.ORDER);
        return List.copyOf(sorted);
    }
}
