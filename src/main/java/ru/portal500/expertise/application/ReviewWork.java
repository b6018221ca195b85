package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Scope;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A reviewer's side of a round: the reviews given to them, opening one (from then on no conflict can be
 * declared), declining with a reason, declaring a conflict of interest. Scoring is {@link ReviewScoring}.
 */
@ApplicationScoped
public class ReviewWork {

    @Inject
    ExpertiseAccess access;

    @Inject
    ReviewRepository repository;

    @Inject
    RoundRepository rounds;

    @Inject
    ExpertiseNotices notices;

    @Inject
    ReviewAssignment assignment;

    Clock clock = Clock.systemUTC();

    /** The reviews given to the caller as an expert or to the schools whose team they are, soonest due first. */
    @Transactional
    public List<ExpertReview> mine() {
        Caller caller = access.caller();
        List<ExpertReview> reviews = new ArrayList<>();
        for (String region : caller.regions()) {
            List<Scope> teams = caller.scopesOf(List.of(Role.SCHOOL_TEAM)).stream()
                    .filter(s -> s.region().equals(region) && s.level() == Scope.Level.SCHOOL).toList();
            reviews.addAll(repository.reviewsOf(region, caller.getUsername(), rounds.schoolIds(region, teams)));
        }
        return reviews;
    }

    /** The review in front of its reviewer; the first opening is recorded. */
    @Transactional
    public ExpertReview open(long reviewId) {
        ExpertReview review = access.reviewToWork(reviewId);
        if (review.getState().isOpen() && review.getOpenedAt() == null) {
            repository.markOpened(reviewId, clock.instant());
        }
        return review;
    }

    /** Declined with a reason; the portal names a replacement where it can, and tells the organiser. */
    @Transactional
    public ExpertReview decline(long reviewId, String reason) {
        return giveUp(reviewId, review -> {
            ChangeStamp stamp = access.stamp();
            review.decline(reason, stamp);
            return stamp;
        });
    }

    /** A conflict of interest declared before opening the document; replaced like a declined review. */
    @Transactional
    public ExpertReview declareConflict(long reviewId, String reason) {
        return giveUp(reviewId, review -> {
            ChangeStamp stamp = access.stamp();
            review.declareConflict(reason, stamp);
            return stamp;
        });
    }

    private ExpertReview giveUp(long reviewId, Function<ExpertReview, ChangeStamp> step) {
        ExpertReview review = access.reviewToWork(reviewId);
        ChangeStamp stamp = step.apply(review);
        rounds.record(List.of(RoundChange.givenUp(review, stamp)));
        notices.declined(review);
        assignment.replace(review);
        return review;
    }
}
