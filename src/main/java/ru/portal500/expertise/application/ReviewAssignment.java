package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.assignment.Assignment;
import ru.portal500.expertise.assignment.AssignmentProblem;
import ru.portal500.expertise.assignment.AssignmentResult;
import ru.portal500.expertise.assignment.AssignmentSolver;
import ru.portal500.expertise.assignment.DocumentUnderReview;
import ru.portal500.expertise.assignment.Infeasibility;
import ru.portal500.expertise.assignment.MunicipalityDistance;
import ru.portal500.expertise.assignment.Reassignment;
import ru.portal500.expertise.assignment.ReassignmentResult;
import ru.portal500.expertise.assignment.Review;
import ru.portal500.expertise.assignment.Reviewer;
import ru.portal500.expertise.domain.ConflictsOfInterest;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ExpertiseRuleException;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The automatic assignment of a round, optimal for its objective (see {@link #COST_SAME_MUNICIPALITY}): each
 * document without a reviewer gets the round's number of reviews, loads stay balanced (no reviewer more than one
 * above another), nobody reviews a document they have a conflict of interest with or declined (an expert's home
 * school from their person record counts as their own), and in a round with "other municipalities" nobody reviews
 * their own municipality (a school's, or an expert's home municipality). A decline is replaced with the least
 * change to everyone else's work.
 */
@ApplicationScoped
public class ReviewAssignment {

    /**
     * The objective: the number of reviews written within the author's own municipality, made as small as the
     * rules allow — a reviewer from elsewhere is the more independent one. (No preferences are collected yet.)
     */
    static final int COST_SAME_MUNICIPALITY = 1;

    private static final MunicipalityDistance INDEPENDENCE = (reviewer, author) -> reviewer == author
            ? COST_SAME_MUNICIPALITY : 0;

    @Inject
    ExpertiseAccess access;

    @Inject
    RoundRepository rounds;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewerPool pool;

    @Inject
    ExpertiseNotices notices;

    /** Who a solver id stands for: an expert, or a school. */
    private record Candidate(String username, String name, School school) {
    }

    /** A round as the solver sees it, with the way back to the portal's people and documents. */
    private record Setup(AssignmentProblem problem, Map<Long, Candidate> reviewers, Map<Long, Document> documents) {
    }

    /** Assigns every document of the round that has no reviewer yet; all or nothing. */
    @Transactional
    public List<ExpertReview> assign(long roundId) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        round.requireOpen();
        List<ExpertReview> existing = reviews.reviews(round);
        Set<Long> covered = existing.stream().filter(r -> r.getState().isActive())
                .map(r -> r.getDocument().getId()).collect(Collectors.toSet());
        List<Document> open = rounds.candidates(round, ExpertiseRounds.REVIEWABLE).stream()
                .filter(d -> !covered.contains(d.getId())).toList();
        if (open.isEmpty()) {
            throw new ExpertiseRuleException("expertise.error.nothingToAssign");
        }
        Setup setup = setup(round, open, existing);
        AssignmentResult result = new AssignmentSolver().solve(setup.problem());
        if (result instanceof AssignmentResult.Infeasible infeasible) {
            throw explain(infeasible.reasons(), setup);
        }
        ChangeStamp stamp = access.stamp();
        List<ExpertReview> created = new ArrayList<>();
        for (Review review : ((AssignmentResult.Assigned) result).assignment().reviews()) {
            created.add(reviews.add(review(round, setup, review, stamp)));
        }
        rounds.record(created.stream().map(r -> RoundChange.assigned(r, true, stamp)).toList());
        notices.assigned(created);
        return created;
    }

    /**
     * Finds someone else for a declined review (in its transaction). A swap that would take a document from a
     * reviewer who has opened it is not made; the organiser then assigns by hand.
     */
    void replace(ExpertReview declined) {
        ExpertiseRound round = declined.getRound();
        List<ExpertReview> ofRound = reviews.reviews(round);
        List<ExpertReview> inPlay = ofRound.stream().filter(r -> r.getState().isActive() || r == declined).toList();
        List<Document> documents = inPlay.stream().map(ExpertReview::getDocument).distinct().toList();
        Setup setup = setup(round, documents, ofRound.stream().filter(r -> r != declined).toList());
        Map<Object, Long> ids = idsOf(setup);
        List<Review> current = new ArrayList<>();
        for (ExpertReview review : inPlay) {
            Long reviewer = ids.get(key(review));
            if (reviewer == null) {
                return; // an expert no longer named for the round: the organiser decides
            }
            current.add(new Review(reviewer, review.getDocument().getId()));
        }
        ReassignmentResult result = Reassignment.afterDecline(setup.problem(), Assignment.of(setup.problem(), current),
                ids.get(key(declined)), declined.getDocument().getId());
        if (!(result instanceof ReassignmentResult.Replaced replaced)) {
            return;
        }
        Map<Review, ExpertReview> byReview = new HashMap<>();
        inPlay.forEach(r -> byReview.put(new Review(ids.get(key(r)), r.getDocument().getId()), r));
        List<ExpertReview> givenUp = replaced.removed().stream().map(byReview::get).filter(r -> r != declined).toList();
        if (givenUp.stream().anyMatch(r -> r == null || !r.isUntouched())) {
            return;
        }
        ChangeStamp stamp = access.stamp();
        givenUp.forEach(r -> r.withdraw(stamp));
        List<ExpertReview> created = replaced.added().stream()
                .map(r -> reviews.add(review(round, setup, r, stamp))).toList();
        rounds.record(givenUp.stream().map(r -> RoundChange.withdrawn(r, stamp)).toList());
        rounds.record(created.stream().map(r -> RoundChange.assigned(r, true, stamp)).toList());
        notices.assigned(created);
    }

    private Setup setup(ExpertiseRound round, List<Document> documents, List<ExpertReview> existing) {
        ConflictsOfInterest conflicts = pool.conflicts(round);
        Map<Long, Document> byId = documents.stream().collect(Collectors.toMap(Document::getId, Function.identity()));
        List<DocumentUnderReview> underReview = documents.stream().map(d -> new DocumentUnderReview(d.getId(),
                d.getSchool().getId(), d.getSchool().getMunicipality().getId())).toList();
        Map<Long, Long> authorSchools = documents.stream().collect(Collectors.toMap(d -> d.getSchool().getId(),
                d -> d.getSchool().getMunicipality().getId(), (a, b) -> a));
        Map<Long, Candidate> candidates = new HashMap<>();
        List<Reviewer> reviewers = new ArrayList<>();
        if (round.getKind() == RoundKind.MUTUAL) {
            for (School school : rounds.participatingSchools(round.getCampaign())) {
                Set<Long> barred = authorSchools.keySet().stream().filter(a -> !conflicts.schoolMayReview(school.getId(), a))
                        .collect(Collectors.toSet());
                candidates.put(school.getId(), new Candidate(null, school.getName(), school));
                reviewers.add(new Reviewer(school.getId(), school.getMunicipality().getId(), barred,
                        declinedBy(existing, r -> school.equals(r.getReviewerSchool()))));
            }
        } else {
            long id = 0;
            for (ReviewerPool.Expert expert : pool.experts(round)) {
                Set<Long> barred = authorSchools.entrySet().stream().filter(a -> !conflicts.expertMayReview(
                                expert.places(), a.getKey(), a.getValue(), round.isOtherMunicipality()))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                candidates.put(++id, new Candidate(expert.username(), expert.name(), null));
                long municipality = expert.homeMunicipality() == null ? 0 : expert.homeMunicipality();
                reviewers.add(new Reviewer(id, municipality, barred,
                        declinedBy(existing, r -> r.isByExpert(expert.username()))));
            }
        }
        AssignmentProblem problem = AssignmentProblem.of(reviewers, underReview)
                .withReviewsPerDocument(round.getReviewsPerDocument())
                .withOtherMunicipalityOnly(round.getKind() == RoundKind.MUTUAL && round.isOtherMunicipality())
                .withDistance(round.getKind() == RoundKind.MUTUAL ? INDEPENDENCE : MunicipalityDistance.NONE);
        if (round.getKind() == RoundKind.MUTUAL && round.getReviewsPerSchool() > 0) {
            problem = problem.withReviewsPerReviewer(round.getReviewsPerSchool());
        }
        return new Setup(problem, candidates, byId);
    }

    /** The documents a reviewer must not be given again: declined, a declared conflict, taken back. */
    private static Set<Long> declinedBy(List<ExpertReview> existing, Predicate<ExpertReview> mine) {
        return existing.stream().filter(r -> !r.getState().isActive()).filter(mine)
                .map(r -> r.getDocument().getId()).collect(Collectors.toSet());
    }

    private ExpertReview review(ExpertiseRound round, Setup setup, Review review, ChangeStamp stamp) {
        Candidate who = setup.reviewers().get(review.reviewerId());
        Document document = setup.documents().get(review.documentId());
        return who.school() != null ? ExpertReview.bySchool(round, document, who.school(), stamp)
                : ExpertReview.byExpert(round, document, who.username(), who.name(), stamp);
    }

    private static Map<Object, Long> idsOf(Setup setup) {
        Map<Object, Long> ids = new HashMap<>();
        setup.reviewers().forEach((id, c) -> ids.put(c.school() != null ? c.school().getId() : c.username(), id));
        return ids;
    }

    private static Object key(ExpertReview review) {
        return review.getReviewerSchool() != null ? review.getReviewerSchool().getId() : review.getReviewerUsername();
    }

    /** The first reason in words (documents and reviewers by name), and how many more there are. */
    private static ExpertiseRuleException explain(List<Infeasibility> reasons, Setup setup) {
        Infeasibility first = reasons.get(0);
        String subject = switch (first.reason().subject()) {
            case DOCUMENT -> {
                Document d = setup.documents().get(first.subjectId());
                yield d == null ? "" : d.getTitle() + " (" + d.getSchool().getName() + ")";
            }
            case REVIEWER -> {
                Candidate c = setup.reviewers().get(first.subjectId());
                yield c == null ? "" : c.name();
            }
            case ROUND -> "";
        };
        return new ExpertiseRuleException("expertise.infeasible." + first.reason().name(), subject, first.required(),
                first.available(), reasons.size() - 1);
    }
}
