package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.ConflictReason;
import ru.portal500.contests.judging.EntryConflicts;
import ru.portal500.contests.judging.EntryDivergence;
import ru.portal500.contests.judging.EntryParties;
import ru.portal500.contests.judging.EntryScores;
import ru.portal500.contests.judging.ExtraJuror;
import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.contests.judging.NominationQuota;
import ru.portal500.contests.judging.NominationRanking;
import ru.portal500.expertise.checklist.Checklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the organiser sees of a contest's judging, per nomination: the jury with each juror's load, every admitted
 * entry with its reviews, who of the jury is in conflict with it and why (overridden or not), its scores (the raw
 * mean, the normalised mean beside it, never instead of it), the jury's disagreement, and its place by the
 * tie-break chain — sortable by disagreement.
 */
@ApplicationScoped
public class JudgingBoard {

    @Inject
    ContestAccess access;

    @Inject
    JudgingStates states;

    /** A juror of a nomination with their counting reviews there. */
    public record JurorLoad(JurySeat seat, int reviews) {
    }

    /** A juror of the nomination whom the rules keep from the entry, why, and whether the organiser overrode it. */
    public record Conflicted(String juror, String name, Set<ConflictReason> reasons, ConflictOverride override) {

        public boolean isOverridable() {
            return override == null && reasons.stream().allMatch(ConflictReason::overridable);
        }
    }

    /**
     * An admitted entry on the board.
     *
     * @param divergence null until a review is submitted
     * @param ranked     null while the entry lacks its reviews
     */
    public record EntryRow(ContestEntry entry, List<EntryReview> reviews, int submitted,
                           EntryDivergence divergence, NominationRanking.RankedEntry ranked,
                           List<Conflicted> conflicted, String stateKey) {

        /** The total's range across the jury in percentage points of the maximum, zero before two reviews. */
        public BigDecimal disagreement() {
            return divergence == null ? BigDecimal.ZERO : divergence.totalPercent().range();
        }
    }

    /**
     * A nomination's judging. At risk: fewer entries counted (submitted, returned or admitted) than the contest's
     * minimum; closable: at risk while the organiser may still merge or cancel it (entries closed, judging not open).
     */
    public record NominationBoard(Nomination nomination, Checklist checklist, int admitted, Quota quota,
                                  List<JurorLoad> jury, List<EntryRow> entries,
                                  List<NominationRanking.TieBreakApplied> tieBreaks) {

        public boolean atRisk() {
            return quota.atRisk();
        }

        public int minimum() {
            return quota.minimum();
        }
    }

    /** A nomination's entries counted against the contest's minimum, and whether it may be merged or cancelled. */
    public record Quota(int counted, int minimum, boolean atRisk, boolean closable) {
    }

    /** The contest's board; entries by place (unranked after, by number) or by disagreement. */
    @Transactional
    public List<NominationBoard> board(long contestId, boolean byDisagreement) {
        Contest contest = access.contestToOrganise(contestId);
        JudgingState state = states.of(contest);
        List<NominationBoard> boards = new ArrayList<>();
        LocalDate today = access.today(contest);
        for (Nomination nomination : contest.getOpenNominations()) {
            boards.add(board(state, nomination, quota(state, nomination, today), byDisagreement));
        }
        return boards;
    }

    private static Quota quota(JudgingState state, Nomination nomination, LocalDate today) {
        Contest contest = state.contest();
        NominationQuota quota = new NominationQuota(contest.getMinEntries());
        int counted = NominationClosures.counted(state.entries(), nomination);
        boolean atRisk = quota.isAtRisk(counted);
        LocalDate close = contest.stages().entriesClose();
        return new Quota(counted, quota.minimumEntries(), atRisk, atRisk
                && contest.getState() != ContestState.DRAFT && !contest.isJudging()
                && contest.getState() != ContestState.RESULTS_PUBLISHED && close != null && close.isBefore(today));
    }

    private NominationBoard board(JudgingState state, Nomination nomination, Quota quota, boolean byDisagreement) {
        List<ContestEntry> admitted = state.admittedIn(nomination);
        Map<String, Integer> loads = new HashMap<>();
        state.reviewsIn(nomination).forEach(r -> loads.merge(r.getJuror(), 1, Integer::sum));
        List<JurorLoad> jury = state.seatsOf(nomination).stream()
                .map(s -> new JurorLoad(s, loads.getOrDefault(s.getUsername(), 0))).toList();
        if (nomination.getChecklist() == null) {
            return new NominationBoard(nomination, null, admitted.size(), quota, jury, admitted.stream().map(e -> new EntryRow(e, state.reviewsOf(e), 0,
                    null, null, conflicted(state, nomination, e), null)).toList(), List.of());
        }
        Checklist checklist = JudgingState.checklist(nomination);
        JudgingSettings settings = state.settings(checklist);
        List<EntryScores> scores = admitted.stream().map(e -> state.scoresOf(e, checklist)).toList();
        NominationRanking ranking = NominationRanking.rank(checklist, state.chain(checklist), settings, scores);
        List<EntryRow> rows = new ArrayList<>();
        for (int i = 0; i < admitted.size(); i++) {
            ContestEntry entry = admitted.get(i);
            EntryScores entryScores = scores.get(i);
            int submitted = entryScores.submitted().size();
            EntryDivergence divergence = submitted == 0 ? null : EntryDivergence.of(entryScores, settings);
            rows.add(new EntryRow(entry, state.reviewsOf(entry), submitted, divergence,
                    ranking.entry(entry.getId()).orElse(null), conflicted(state, nomination, entry),
                    divergence == null ? null : stateKey(state, nomination, entry, entryScores, divergence)));
        }
        Comparator<EntryRow> byPlace = Comparator.comparing((EntryRow r) -> r.ranked() == null ? Integer.MAX_VALUE
                : r.ranked().place()).thenComparing(r -> r.entry().getId());
        Comparator<EntryRow> order = byDisagreement ? Comparator.comparing(EntryRow::disagreement).reversed()
                .thenComparing(byPlace) : byPlace;
        rows.sort(order);
        return new NominationBoard(nomination, checklist, admitted.size(), quota, jury, rows, ranking.tieBreaks());
    }

    /**
     * What the board says of an entry's scores: still waiting for reviews while they are, «an organiser's decision is
     * needed» where an extra juror is asked for but nobody free can be added, else the divergence's own state.
     */
    private static String stateKey(JudgingState state, Nomination nomination, ContestEntry entry, EntryScores scores,
                                   EntryDivergence divergence) {
        if (divergence.needsExtraJuror() && ExtraJuror.choose(JuryTies.parties(entry), state.juryOf(nomination),
                state.juryReviewsIn(nomination), state.overrides()) instanceof ExtraJuror.Choice.NoneAvailable) {
            return EntryDivergence.State.MODERATION_NEEDED.messageKey();
        }
        if (divergence.state() == EntryDivergence.State.AGREED && scores.submitted().size() < scores.reviewsAssigned()) {
            return "contests.judging.pending";
        }
        return divergence.state().messageKey();
    }

    private static List<Conflicted> conflicted(JudgingState state, Nomination nomination, ContestEntry entry) {
        EntryParties parties = JuryTies.parties(entry);
        List<Conflicted> conflicted = new ArrayList<>();
        for (JurySeat seat : state.seatsOf(nomination)) {
            Set<ConflictReason> reasons = EntryConflicts.reasons(state.ties().get(seat.getUsername()), parties);
            if (!reasons.isEmpty()) {
                conflicted.add(new Conflicted(seat.getUsername(), seat.getFullName(), reasons,
                        state.overrideOf(entry.getId(), seat.getUsername())));
            }
        }
        return conflicted;
    }

    /** The entries of the contest the organiser may still decide on, for the opening of judging. */
    @Transactional
    public long undecided(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        var today = access.today(contest);
        return states.of(contest).entries().stream().filter(e -> e.getState() != EntryState.DRAFT
                && e.awaitsEligibility(today)).count();
    }
}
