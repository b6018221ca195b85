package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.ScoreProblem;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRuleException;
import ru.portal500.expertise.domain.ReviewState;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.checklist.AnswersJson;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.shared.domain.ChangeStamp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scoring a review against its round's checklist version: drafts saved as often as wanted, the submit checked
 * (every required criterion answered, every mark within its criterion) and locked, with totals, verdict and the
 * expert conclusion written at once. A form saved in another window meanwhile is refused, not overwritten.
 */
@ApplicationScoped
public class ReviewScoring {

    @Inject
    ExpertiseAccess access;

    @Inject
    ReviewRepository repository;

    @Inject
    RoundRepository rounds;

    @Inject
    ExpertiseNotices notices;

    @Inject
    ExpertConclusions conclusions;

    /** The checklist a version was saved as (a stored version is valid: it was checked when saved). */
    public static Checklist checklistOf(ChecklistVersion version) {
        return new ChecklistJsonReader().read(version.getBody()).validChecklist();
    }

    /** The review's sheet as last saved. */
    public static ScoreSheet sheetOf(ExpertReview review) {
        return sheetOf(review, checklistOf(review.getRound().getChecklist()));
    }

    /** The same with the round's checklist already read (a report reads it once for all its reviews). */
    public static ScoreSheet sheetOf(ExpertReview review, Checklist checklist) {
        ScoreSheet sheet = sheet(checklist, review, AnswersJson.read(review.getAnswers()), review.getRecommendations());
        if (review.getState() == ReviewState.SUBMITTED) {
            sheet.submit();
        }
        return sheet;
    }

    @Transactional
    public ExpertReview saveDraft(long reviewId, Map<String, Answer> answers, String recommendations, long readAtVersion) {
        ExpertReview review = access.reviewToWork(reviewId);
        ScoreSheet sheet = sheet(review, answers, recommendations);
        review.saveDraft(AnswersJson.write(sheet.answers()), sheet.recommendations(), readAtVersion, access.stamp());
        repository.flush();
        return review;
    }

    @Transactional
    public ExpertReview submit(long reviewId, Map<String, Answer> answers, String recommendations, long readAtVersion) {
        ExpertReview review = access.reviewToWork(reviewId);
        ScoreSheet sheet = sheet(review, answers, recommendations);
        List<ScoreProblem> missing = sheet.submit();
        if (!missing.isEmpty()) {
            throw new ExpertiseRuleException("expertise.error.unanswered", missing.stream()
                    .map(p -> String.valueOf(p.position())).collect(Collectors.joining(", ")), missing.size());
        }
        ChangeStamp stamp = access.stamp();
        review.submit(AnswersJson.write(sheet.answers()), sheet.recommendations(),
                sheet.totals().share().doubleValue(), sheet.verdict().name(), readAtVersion, access.today(), stamp);
        repository.flush();
        rounds.record(List.of(RoundChange.submitted(review, stamp)));
        conclusions.write(review, sheet);
        notices.submitted(review);
        return review;
    }

    private static ScoreSheet sheet(ExpertReview review, Map<String, Answer> answers, String recommendations) {
        return sheet(checklistOf(review.getRound().getChecklist()), review, answers, recommendations);
    }

    private static ScoreSheet sheet(Checklist checklist, ExpertReview review, Map<String, Answer> answers,
                                    String recommendations) {
        ScoreSheet sheet = new ScoreSheet(checklist, String.valueOf(review.getReviewerName()));
        sheet.answerAll(answers);
        sheet.writeRecommendations(recommendations);
        return sheet;
    }
}
