package ru.portal500.contests.judging;

import ru.portal500.shared.i18n.Texts.Phrase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules an assignment of a nomination's jury keeps, however it was made — by the solver
 * ({@link JuryAssignment}), one extra juror at a time ({@link ExtraJuror}) or by the organiser's hand: no juror
 * judges an entry they are in conflict with unless an override with a reason covers it ({@link EntryConflicts}), no
 * juror is on one entry twice, no juror has more entries than their cap, and every entry has its reviews.
 */
public final class JuryAssignmentRules {

    private JuryAssignmentRules() {
    }

    /**
     * The organiser assigns a juror to an entry by hand.
     *
     * @param current the nomination's reviews now (the juror's load is counted in them)
     * @param override the organiser's override for this juror and entry; null when none
     * @return the review to store
     * @throws JudgingRuleException {@code contests.assignment.manual.twice} (the juror's name, the entry) when the
     *         juror is on it already; {@code .conflict} (name, entry, the first conflict not overridden) for a
     *         conflict the organiser may override with a reason, {@code .conflictFixed} for one nobody may;
     *         {@code .overCap} (name, their reviews, the cap) for a juror at their cap
     */
    public static JuryReview requireAssignable(EntryParties entry, JuryMember member, Collection<JuryReview> current,
                                               ConflictOverride override) {
        JuryReview review = new JuryReview(entry.entryId(), member.juror());
        String number = number(entry.entryId());
        int load = 0;
        for (JuryReview existing : current) {
            if (existing.equals(review)) {
                throw new JudgingRuleException("contests.assignment.manual.twice", member.name(), number);
            }
            if (existing.juror().equals(member.juror())) {
                load++;
            }
        }
        if (!EntryConflicts.mayJudge(member.ties(), entry, override)) {
            ConflictReason first = firstUncovered(EntryConflicts.reasons(member.ties(), entry), override);
            throw new JudgingRuleException(first.overridable() ? "contests.assignment.manual.conflict"
                    : "contests.assignment.manual.conflictFixed", member.name(), number, new Phrase(first.messageKey()));
        }
        if (!member.hasRoomAfter(load)) {
            throw new JudgingRuleException("contests.assignment.manual.overCap", member.name(), load,
                    member.maxReviews());
        }
        return review;
    }

    /**
     * Every rule checked on a whole assignment of a nomination, independently of how it was made: what is wrong, in
     * words a person reads (empty when nothing is). Entries are checked in the order given, then jurors.
     *
     * @param reviewsPerEntry the reviews each entry must have (extra jurors' reviews may exceed it)
     */
    public static List<Phrase> violations(List<EntryParties> entries, List<JuryMember> jury, int reviewsPerEntry,
                                          Collection<JuryReview> reviews, Collection<ConflictOverride> overrides) {
        Map<Long, EntryParties> entriesById = new HashMap<>();
        entries.forEach(e -> entriesById.put(e.entryId(), e));
        Map<String, JuryMember> jurors = new HashMap<>();
        jury.forEach(m -> jurors.put(m.juror(), m));
        Map<JuryReview, ConflictOverride> overridden = byPair(overrides);
        List<Phrase> wrong = new ArrayList<>();
        Set<JuryReview> seen = new HashSet<>();
        Map<Long, Integer> reviewsOf = new HashMap<>();
        Map<String, Integer> loads = new HashMap<>();
        for (JuryReview review : reviews) {
            EntryParties entry = entriesById.get(review.entryId());
            JuryMember member = jurors.get(review.juror());
            if (entry == null || member == null) {
                wrong.add(new Phrase("contests.assignment.check.unknown", member == null ? review.juror()
                        : member.name(), number(review.entryId())));
                continue;
            }
            if (!seen.add(review)) {
                wrong.add(new Phrase("contests.assignment.check.twice", member.name(), number(entry.entryId())));
                continue;
            }
            ConflictOverride override = overridden.get(review);
            if (!EntryConflicts.mayJudge(member.ties(), entry, override)) {
                ConflictReason first = firstUncovered(EntryConflicts.reasons(member.ties(), entry), override);
                wrong.add(new Phrase("contests.assignment.check.conflict", member.name(), number(entry.entryId()),
                        new Phrase(first.messageKey())));
            }
            reviewsOf.merge(entry.entryId(), 1, Integer::sum);
            loads.merge(member.juror(), 1, Integer::sum);
        }
        for (EntryParties entry : entries) {
            int count = reviewsOf.getOrDefault(entry.entryId(), 0);
            if (count < reviewsPerEntry) {
                wrong.add(new Phrase("contests.assignment.check.missing", number(entry.entryId()), count,
                        reviewsPerEntry));
            }
        }
        for (JuryMember member : jury) {
            int load = loads.getOrDefault(member.juror(), 0);
            if (member.maxReviews() != null && load > member.maxReviews()) {
                wrong.add(new Phrase("contests.assignment.check.overCap", member.name(), load, member.maxReviews()));
            }
        }
        return wrong;
    }

    /** The overrides by the review they allow. */
    static Map<JuryReview, ConflictOverride> byPair(Collection<ConflictOverride> overrides) {
        Map<JuryReview, ConflictOverride> byPair = new HashMap<>();
        for (ConflictOverride override : overrides) {
            byPair.put(new JuryReview(override.entryId(), override.juror()), override);
        }
        return byPair;
    }

    /** The first conflict the override does not lift (any when it lifts none). */
    static ConflictReason firstUncovered(Set<ConflictReason> reasons, ConflictOverride override) {
        return reasons.stream().filter(r -> override == null || !override.overridden().contains(r)).findFirst()
                .orElse(reasons.iterator().next());
    }

    /** An entry's number as a person reads it: digits without grouping ({@code 1234}, not {@code 1 234}). */
    static String number(long entryId) {
        return Long.toString(entryId);
    }
}
