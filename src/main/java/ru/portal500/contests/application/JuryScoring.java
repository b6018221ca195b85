package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.contests.judging.EntryDivergence;
import ru.portal500.contests.judging.EntryScores;
import ru.portal500.contests.judging.ExtraJuror;
import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.AnswersJson;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ScoreProblem;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ChangeStamp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The juror's side of judging: their reviews across the contests they judge, and one review's score sheet against
 * its nomination's checklist — drafts saved as often as wanted, the submit checked (every required criterion
 * answered) and locked with its total before the jury's due date, a form saved in another window meanwhile refused
 * rather than overwritten. A submit that leaves the entry's jurors disagreeing beyond the contest's threshold gives it
 * one more juror at once (the least loaded free of conflict), or tells the organisers to moderate it.
 */
@ApplicationScoped
public class JuryScoring {

    @Inject
    Event<JudgedCases.CasesChanged> casesChanged;

    @Inject
    JudgingAccess access;

    @Inject
    ContestAccess contests;

    @Inject
    JudgingRepository judging;

    @Inject
    ContestRepository history;

    @Inject
    JudgingStates states;

    @Inject
    JuryNotices notices;

    /** A review with its sheet as last saved and the checklist it is scored with. */
    public record OpenReview(EntryReview review, Checklist checklist, ScoreSheet sheet) {
    }

    /** The caller's reviews in every contest they judge, the nearest due date first. */
    @Transactional
    public List<EntryReview> mine() {
        Caller caller = contests.caller();
        Map<String, List<Long>> byRegion = caller.getContestGrants().stream()
                .filter(g -> g.role() == Role.JURY_MEMBER)
                .collect(Collectors.groupingBy(ContestGrant::region,
                        Collectors.mapping(ContestGrant::contestId, Collectors.toList())));
        List<EntryReview> mine = new ArrayList<>();
        byRegion.forEach((region, ids) -> mine.addAll(judging.reviewsOfJuror(caller.getUsername(), region, ids)));
        mine.sort(Comparator.comparing((EntryReview r) -> r.due() == null ? java.time.LocalDate.MAX : r.due())
                .thenComparing(r -> r.getEntry().getId()));
        return mine;
    }

    /** The caller's review to score (refused while a conflict of interest stands). */
    @Transactional
    public OpenReview open(long reviewId) {
        EntryReview review = access.reviewToOpen(reviewId);
        Checklist checklist = JudgingState.checklist(review.getEntry().getNomination());
        return new OpenReview(review, checklist, JudgingState.sheet(review, checklist));
    }

    /** A file of the entry under the caller's review (refused while a conflict of interest stands). */
    @Transactional
    public ru.portal500.contests.domain.EntryFile file(long reviewId, long fileId) {
        return access.reviewToOpen(reviewId).getEntry().getFiles().stream()
                .filter(f -> java.util.Objects.equals(f.getId(), fileId)).findFirst()
                .orElseThrow(ru.portal500.shared.domain.NoSuchResourceException::new);
    }

    @Transactional
    public EntryReview saveDraft(long reviewId, Map<String, Answer> answers, String remarks, long readAtVersion) {
        EntryReview review = access.reviewToOpen(reviewId);
        ScoreSheet sheet = sheet(review, answers, remarks);
        review.saveDraft(AnswersJson.write(sheet.answers()), sheet.recommendations(), readAtVersion,
                contests.today(review.getEntry().getContest()), contests.stamp());
        judging.flush();
        return review;
    }

    @Transactional
    public EntryReview submit(long reviewId, Map<String, Answer> answers, String remarks, long readAtVersion) {
        EntryReview review = access.reviewToOpen(reviewId);
        ScoreSheet sheet = sheet(review, answers, remarks);
        List<ScoreProblem> missing = sheet.submit();
        if (!missing.isEmpty()) {
            throw new ContestRuleException("contests.review.error.unanswered", missing.stream()
                    .map(p -> String.valueOf(p.position())).collect(Collectors.joining(", ")), missing.size());
        }
        ChangeStamp stamp = contests.stamp();
        Contest contest = review.getEntry().getContest();
        review.submit(AnswersJson.write(sheet.answers()), sheet.recommendations(), sheet.totals().weighted(),
                readAtVersion, contests.today(contest), stamp);
        judging.flush();
        history.record(List.of(ContestChange.judged(review.getEntry(), ContestChange.Kind.REVIEW_SUBMITTED, null,
                review.getJurorName(), null, stamp)));
        addJurorIfDivergent(review.getEntry(), stamp);
        return review;
    }

    /** The juror declares a conflict of interest with the entry: the review closes, the organiser reassigns it. */
    @Transactional
    public EntryReview declareConflict(long reviewId, String reason) {
        EntryReview review = access.ownReview(reviewId);
        ChangeStamp stamp = contests.stamp();
        review.declareConflict(reason, stamp);
        judging.flush();
        history.record(List.of(ContestChange.judged(review.getEntry(), ContestChange.Kind.CONFLICT_DECLARED,
                review.getJurorName(), null, review.getDeclaredReason(), stamp)));
        casesChanged.fire(new JudgedCases.CasesChanged(review.getEntry().getContest().getId()));
        return review;
    }

    /**
     * After a submit: one more juror for an entry whose jury now disagrees, or the organisers told to moderate. The
     * entry's own reviews decide whether it diverges; only then is its nomination read to choose the juror.
     */
    private void addJurorIfDivergent(ContestEntry entry, ChangeStamp stamp) {
        Contest contest = entry.getContest();
        Checklist checklist = JudgingState.checklist(entry.getNomination());
        JudgingState own = states.ofEntry(entry);
        JudgingSettings settings = own.settings(checklist);
        EntryScores scores = own.scoresOf(entry, checklist);
        EntryDivergence divergence = EntryDivergence.of(scores, settings);
        if (divergence.needsExtraJuror()) {
            JudgingState state = states.forExtraJuror(entry);
            ExtraJuror.Choice choice = ExtraJuror.choose(divergence, JuryTies.parties(entry),
                    state.juryOf(entry.getNomination()), state.juryReviewsIn(entry.getNomination()), state.overrides());
            if (choice instanceof ExtraJuror.Choice.Chosen chosen) {
                EntryReview extra = judging.add(EntryReview.extra(entry, chosen.review().juror(), chosen.name(), stamp));
                history.record(List.of(ContestChange.judged(entry, ContestChange.Kind.EXTRA_JUROR, null,
                        extra.getJurorName(), null, stamp)));
                notices.assigned(contest, List.of(extra));
                casesChanged.fire(new JudgedCases.CasesChanged(contest.getId()));
                return;
            }
            notices.moderationNeeded(contest, entry.getId());
        } else if (divergence.needsModeration()) {
            notices.moderationNeeded(contest, entry.getId());
        }
    }

    private static ScoreSheet sheet(EntryReview review, Map<String, Answer> answers, String remarks) {
        Checklist checklist = JudgingState.checklist(review.getEntry().getNomination());
        ScoreSheet sheet = new ScoreSheet(checklist, review.getJuror());
        sheet.answerAll(answers);
        sheet.writeRecommendations(remarks);
        return sheet;
    }
}
