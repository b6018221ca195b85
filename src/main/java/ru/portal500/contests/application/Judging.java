package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.ConflictWaiver;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.contests.judging.ConflictOverride;
import ru.portal500.contests.judging.EntryConflicts;
import ru.portal500.contests.judging.EntryParties;
import ru.portal500.contests.judging.JuryAssignment;
import ru.portal500.contests.judging.JuryAssignmentRules;
import ru.portal500.contests.judging.JuryMember;
import ru.portal500.contests.judging.JuryReview;
import ru.portal500.contests.judging.ModeratedDecision;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.shared.domain.ChangeStamp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organiser's side of judging, each step one transaction on a contest they organise: open judging, assign a
 * nomination's jury automatically (the mutual-expertise solver, {@link JuryAssignment}) or one review by hand, take
 * back a review nobody has worked on, override a juror's conflict with a reason, and record a moderated decision on
 * an entry the jury disagreed on. Every step is history; jurors are told of their new reviews.
 */
@ApplicationScoped
public class Judging {

    @Inject
    Event<JudgedCases.CasesChanged> casesChanged;

    @Inject
    ContestAccess access;

    @Inject
    ContestRepository contests;

    @Inject
    EntryRepository entries;

    @Inject
    JudgingRepository judging;

    @Inject
    JudgingStates states;

    @Inject
    JuryNotices notices;

    /** Opens judging once the entries have closed and every entry has been decided on. */
    @Transactional
    public Contest open(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        var today = access.today(contest);
        int undecided = (int) entries.entries(contest).stream().filter(e -> e.awaitsEligibility(today)).count();
        ChangeStamp stamp = access.stamp();
        contest.openJudging(today, undecided, stamp.at());
        contests.flush();
        contests.record(List.of(ContestChange.judgingOpened(contest, stamp)));
        casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
        return contest;
    }

    /**
     * Gives every admitted entry of the nomination the contest's reviews from its jury, keeping the reviews made;
     * refused, with the reason, when the rules cannot all be met.
     *
     * @return the reviews added
     */
    @Transactional
    public List<EntryReview> assign(long contestId, long nominationId) {
        Contest contest = judgedContest(contestId);
        Nomination nomination = Jury.nomination(contest, nominationId);
        JudgingState state = states.of(contest);
        List<ContestEntry> admitted = state.admittedIn(nomination);
        if (admitted.isEmpty()) {
            throw new ContestRuleException("contests.assignment.error.noEntries", nomination.getTitle());
        }
        List<JuryMember> jury = state.juryOf(nomination);
        if (jury.isEmpty()) {
            throw new ContestRuleException("contests.assignment.error.noJury", nomination.getTitle());
        }
        JuryAssignment.Result result = JuryAssignment.assign(admitted.stream().map(JuryTies::parties).toList(), jury,
                contest.getReviewsPerEntry(), state.juryReviewsIn(nomination), state.overrides());
        if (result instanceof JuryAssignment.Result.Impossible impossible) {
            throw impossible.refusal();
        }
        JuryAssignment.Result.Assigned assigned = (JuryAssignment.Result.Assigned) result;
        Map<Long, ContestEntry> byId = admitted.stream().collect(Collectors.toMap(ContestEntry::getId,
                Function.identity()));
        Map<String, JuryMember> members = jury.stream().collect(Collectors.toMap(JuryMember::juror,
                Function.identity()));
        ChangeStamp stamp = access.stamp();
        for (JuryReview dropped : assigned.dropped()) {
            state.reviewsIn(nomination).stream().filter(r -> r.getEntry().getId() == dropped.entryId()
                    && r.getJuror().equals(dropped.juror()) && r.isUntouched()).findFirst().ifPresent(judging::remove);
        }
        List<EntryReview> added = new ArrayList<>();
        List<ContestChange> changes = new ArrayList<>();
        for (JuryReview review : assigned.added()) {
            ContestEntry entry = byId.get(review.entryId());
            EntryReview made = judging.add(EntryReview.assign(entry, review.juror(),
                    members.get(review.juror()).name(), stamp));
            added.add(made);
            changes.add(ContestChange.judged(entry, ContestChange.Kind.REVIEW_ASSIGNED, null, made.getJurorName(),
                    null, stamp));
        }
        contests.record(changes);
        notices.assigned(contest, added);
        casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
        return added;
    }

    /** Gives one entry to one juror of its nomination by hand, under the same rules. */
    @Transactional
    public EntryReview assignByHand(long contestId, long entryId, String juror) {
        Contest contest = judgedContest(contestId);
        JudgingState state = states.of(contest);
        ContestEntry entry = admitted(state, entryId);
        Nomination nomination = entry.getNomination();
        JuryMember member = state.juryOf(nomination).stream().filter(m -> m.juror().equals(juror)).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.assignment.error.notOnJury",
                        String.valueOf(juror), nomination.getTitle()));
        JuryAssignmentRules.requireAssignable(JuryTies.parties(entry), member, state.juryReviewsIn(nomination),
                state.overrideOf(entryId, juror));
        ChangeStamp stamp = access.stamp();
        EntryReview made = judging.add(EntryReview.assign(entry, juror, member.name(), stamp));
        contests.record(List.of(ContestChange.judged(entry, ContestChange.Kind.REVIEW_ASSIGNED, null,
                made.getJurorName(), null, stamp)));
        notices.assigned(contest, List.of(made));
        casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
        return made;
    }

    /** Takes back a review nobody has saved anything on. */
    @Transactional
    public void withdraw(long contestId, long reviewId) {
        Contest contest = judgedContest(contestId);
        EntryReview review = judging.review(contest, reviewId)
                .orElseThrow(() -> new ContestRuleException("contests.review.error.unknown"));
        if (!review.isUntouched()) {
            throw new ContestRuleException("contests.review.error.started", review.getJurorName());
        }
        judging.remove(review);
        contests.record(List.of(ContestChange.judged(review.getEntry(), ContestChange.Kind.REVIEW_WITHDRAWN,
                review.getJurorName(), null, null, access.stamp())));
        casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
    }

    /** Lets a conflicted juror of the entry's nomination judge it nonetheless, with a reason (in the protocol). */
    @Transactional
    public ConflictOverride overrideConflict(long contestId, long entryId, String juror, String reason) {
        Contest contest = judgedContest(contestId);
        JudgingState state = states.of(contest);
        ContestEntry entry = admitted(state, entryId);
        JurySeat seat = state.seatsOf(entry.getNomination()).stream().filter(s -> s.getUsername().equals(juror))
                .findFirst().orElseThrow(() -> new ContestRuleException("contests.assignment.error.notOnJury",
                        String.valueOf(juror), entry.getNomination().getTitle()));
        if (state.overrideOf(entryId, juror) != null) {
            throw new ContestRuleException("contests.conflict.override.twice", seat.getFullName());
        }
        EntryParties parties = JuryTies.parties(entry);
        ChangeStamp stamp = access.stamp();
        ConflictOverride override = ConflictOverride.grant(entryId, juror,
                EntryConflicts.reasons(state.ties().get(juror), parties), reason, stamp.username(), stamp.at());
        judging.add(new ConflictWaiver(entry, override));
        contests.record(List.of(ContestChange.judged(entry, ContestChange.Kind.CONFLICT_OVERRIDDEN, null,
                seat.getFullName(), override.reason(), stamp)));
        casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
        return override;
    }

    /** Records the organiser's decision on an entry the jury disagreed on: a total of the checklist and why. */
    @Transactional
    public ContestEntry moderate(long contestId, long entryId, BigDecimal total, String reason) {
        Contest contest = judgedContest(contestId);
        JudgingState state = states.of(contest);
        ContestEntry entry = admitted(state, entryId);
        Checklist checklist = JudgingState.checklist(entry.getNomination());
        ChangeStamp stamp = access.stamp();
        ModeratedDecision decision = ModeratedDecision.record(stamp.username(), stamp.at(), total, reason, checklist);
        entry.moderate(decision);
        entries.flush();
        contests.record(List.of(ContestChange.judged(entry, ContestChange.Kind.MODERATED, null,
                decision.total().toPlainString(), decision.reason(), stamp)));
        return entry;
    }

    private Contest judgedContest(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        contest.requireJudging();
        return contest;
    }

    private static ContestEntry admitted(JudgingState state, long entryId) {
        return state.entries().stream().filter(e -> e.getId() == entryId && e.getState() == EntryState.ADMITTED)
                .findFirst().orElseThrow(() -> new ContestRuleException("contests.review.error.noSuchEntry",
                        String.valueOf(entryId)));
    }
}
