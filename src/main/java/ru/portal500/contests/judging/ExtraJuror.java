package ru.portal500.contests.judging;

import ru.portal500.shared.i18n.Texts.Phrase;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One more juror for an entry whose jurors disagree beyond the contest's threshold
 * ({@link EntryDivergence#needsExtraJuror()}), chosen without the organiser: a juror of the nomination free of
 * conflict with the entry (or overridden, {@link ConflictOverride}), not already on it, below their cap, and of
 * those the least loaded in the nomination; between equally loaded jurors the smaller id, so the same state always
 * gives the same juror.
 */
public final class ExtraJuror {

    private static final Comparator<Candidate> LEAST_LOADED =
            Comparator.comparingInt(Candidate::load).thenComparing(c -> c.member().juror());

    private ExtraJuror() {
    }

    /** The choice: the review to add, or why nobody can be added (the organiser then moderates). */
    public sealed interface Choice {

        /** This juror joins the entry; {@code load} is their reviews in the nomination before it. */
        record Chosen(JuryReview review, String name, int load) implements Choice {
        }

        /** Nobody can be added, with the reason for the organiser. */
        record NoneAvailable(Phrase reason) implements Choice {
        }
    }

    /**
     * Chooses the extra juror of a divergent entry.
     *
     * @param divergence the entry's divergence now; it must ask for an extra juror
     * @param entry      the entry's parties (for the conflicts)
     * @param jury       the nomination's jurors
     * @param reviews    the nomination's reviews now (who is on the entry, everyone's load)
     * @param overrides  the organiser's overrides of conflicts
     * @throws JudgingRuleException {@code contests.extraJuror.notNeeded} (the divergence's state) when the entry does
     *         not ask for an extra juror
     */
    public static Choice choose(EntryDivergence divergence, EntryParties entry, List<JuryMember> jury,
                                Collection<JuryReview> reviews, Collection<ConflictOverride> overrides) {
        if (divergence.entryId() != entry.entryId()) {
            throw new IllegalArgumentException("the divergence of entry " + divergence.entryId()
                    + " for entry " + entry.entryId());
        }
        if (!divergence.needsExtraJuror()) {
            throw new JudgingRuleException("contests.extraJuror.notNeeded", JuryAssignmentRules.number(entry.entryId()),
                    new Phrase(divergence.state().messageKey()));
        }
        return choose(entry, jury, reviews, overrides);
    }

    /** The same choice for an entry the caller already knows needs one more juror. */
    public static Choice choose(EntryParties entry, List<JuryMember> jury, Collection<JuryReview> reviews,
                                Collection<ConflictOverride> overrides) {
        Objects.requireNonNull(entry, "entry");
        Map<String, Integer> loads = new HashMap<>();
        Set<String> onEntry = new HashSet<>();
        for (JuryReview review : reviews) {
            loads.merge(review.juror(), 1, Integer::sum);
            if (review.entryId() == entry.entryId()) {
                onEntry.add(review.juror());
            }
        }
        Map<JuryReview, ConflictOverride> overridden = JuryAssignmentRules.byPair(overrides);
        int free = 0;
        Candidate best = null;
        for (JuryMember member : jury) {
            if (onEntry.contains(member.juror()) || !EntryConflicts.mayJudge(member.ties(), entry,
                    overridden.get(new JuryReview(entry.entryId(), member.juror())))) {
                continue;
            }
            free++;
            int load = loads.getOrDefault(member.juror(), 0);
            if (!member.hasRoomAfter(load)) {
                continue;
            }
            Candidate candidate = new Candidate(member, load);
            if (best == null || LEAST_LOADED.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        String number = JuryAssignmentRules.number(entry.entryId());
        if (best != null) {
            return new Choice.Chosen(new JuryReview(entry.entryId(), best.member().juror()), best.member().name(),
                    best.load());
        }
        if (free == 0) {
            return new Choice.NoneAvailable(new Phrase("contests.extraJuror.noneFree", number, onEntry.size(),
                    jury.size()));
        }
        return new Choice.NoneAvailable(new Phrase("contests.extraJuror.allAtCap", number, free));
    }

    private record Candidate(JuryMember member, int load) {
    }
}
