package ru.portal500.contests.application;

import ru.portal500.contests.domain.ConflictWaiver;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.ReviewState;
import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.EntryConflicts;
import ru.portal500.contests.judging.EntryScores;
import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.contests.judging.JurorTies;
import ru.portal500.contests.judging.JuryMember;
import ru.portal500.contests.judging.JuryReview;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.expertise.checklist.AnswersJson;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.SheetState;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A contest's judging as the rules read it, assembled once for a request: its admitted entries, the jury's seats with
 * each juror's ties, the reviews and the organiser's overrides, and per nomination the checklist, the jury, the
 * reviews and each entry's scores in the shapes of {@code contests.judging}.
 */
record JudgingState(Contest contest, List<ContestEntry> entries, List<JurySeat> seats, List<EntryReview> reviews,
                    List<ConflictWaiver> waivers, Map<String, JurorTies> ties) {

    /** Extra jurors a divergent entry may get before the organiser must moderate it. */
    static final int EXTRA_REVIEWS_AT_MOST = 1;

    JudgingState {
        entries = List.copyOf(entries);
        seats = List.copyOf(seats);
        reviews = List.copyOf(reviews);
        waivers = List.copyOf(waivers);
        ties = Map.copyOf(ties);
    }

    /** The checklist a nomination's entries are scored with (a stored version is valid). */
    static Checklist checklist(Nomination nomination) {
        return new ChecklistJsonReader().read(Objects.requireNonNull(nomination.getChecklist(),
                "a nomination being judged has a checklist").getBody()).validChecklist();
    }

    /** The contest's judging settings, with its divergence threshold on the total and the checklist's per criterion. */
    JudgingSettings settings(Checklist checklist) {
        DivergenceRules rules = new DivergenceRules(BigDecimal.valueOf(contest.getDivergencePoints()),
                checklist.divergenceRules().criterionSpreadPercent());
        return new JudgingSettings(contest.getReviewsPerEntry(), EXTRA_REVIEWS_AT_MOST, rules,
                contest.isNormalisedRanking());
    }

    TieBreakChain chain(Checklist checklist) {
        return TieBreakChain.parse(contest.getTieBreak().stored(), checklist);
    }

    /** The nomination's admitted entries, as submitted. */
    List<ContestEntry> admittedIn(Nomination nomination) {
        return entries.stream().filter(e -> e.getState() == EntryState.ADMITTED
                && e.getNomination().equals(nomination)).toList();
    }

    List<JurySeat> seatsOf(Nomination nomination) {
        return seats.stream().filter(s -> s.getNomination().equals(nomination)).toList();
    }

    /** The nomination's jurors as the rules see them. */
    List<JuryMember> juryOf(Nomination nomination) {
        return seatsOf(nomination).stream().map(s -> s.member(ties.get(s.getUsername()))).toList();
    }

    /** The reviews of the nomination's entries that count (a declared conflict does not). */
    List<EntryReview> reviewsIn(Nomination nomination) {
        return reviews.stream().filter(r -> r.getState().counts()
                && r.getEntry().getNomination().equals(nomination)).toList();
    }

    List<JuryReview> juryReviewsIn(Nomination nomination) {
        return reviewsIn(nomination).stream().map(r -> new JuryReview(r.getEntry().getId(), r.getJuror())).toList();
    }

    List<EntryReview> reviewsOf(ContestEntry entry) {
        return reviews.stream().filter(r -> r.getEntry().equals(entry)).toList();
    }

    List<ConflictOverride> overrides() {
        return waivers.stream().map(ConflictWaiver::override).toList();
    }

    /**
     * Whether the juror may judge the entry, and so find it and open it: no conflict of interest stands between them,
     * or the organiser overrode every one (the answer {@link JudgingAccess} gives at each opening).
     */
    boolean mayJudge(String juror, ContestEntry entry) {
        JurorTies jurorTies = ties.get(juror);
        return jurorTies != null && EntryConflicts.mayJudge(jurorTies, JuryTies.parties(entry),
                overrideOf(entry.getId(), juror));
    }

    /** The jurors judging the entry (a review given them, no conflict declared) who may open it now. */
    Set<String> jurorsJudging(ContestEntry entry) {
        return reviewsOf(entry).stream().filter(r -> r.getState().counts()).map(EntryReview::getJuror)
                .filter(juror -> mayJudge(juror, entry)).collect(Collectors.toCollection(TreeSet::new));
    }

    ConflictOverride overrideOf(long entryId, String juror) {
        return overrides().stream().filter(o -> o.entryId() == entryId && o.juror().equals(juror)).findFirst()
                .orElse(null);
    }

    /** The entry's scores: every counting review's sheet (drafts are ignored by the rules) and its decision. */
    EntryScores scoresOf(ContestEntry entry, Checklist checklist) {
        List<EntryReview> counting = reviewsOf(entry).stream().filter(r -> r.getState().counts()).toList();
        List<ScoreSheet> sheets = counting.stream().filter(r -> r.getState() == ReviewState.SUBMITTED)
                .map(r -> sheet(r, checklist)).toList();
        return new EntryScores(entry.getId(), entry.getSubmittedAt().orElseThrow(), sheets, counting.size(),
                entry.moderation().orElse(null));
    }

    /** A review's sheet as last saved, submitted or not. */
    static ScoreSheet sheet(EntryReview review, Checklist checklist) {
        return ScoreSheet.restore(checklist, review.getJuror(), AnswersJson.read(review.getAnswers()),
                review.getRemarks(), review.getState() == ReviewState.SUBMITTED ? SheetState.SUBMITTED
                        : SheetState.DRAFT);
    }

    /** Each juror's reviews across the contest, counting ones. */
    Map<String, Integer> loads() {
        Map<String, Integer> loads = new HashMap<>();
        reviews.stream().filter(r -> r.getState().counts()).forEach(r -> loads.merge(r.getJuror(), 1, Integer::sum));
        return loads;
    }
}
