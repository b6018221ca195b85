package ru.portal500.expertise.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ReviewState;
import ru.portal500.expertise.domain.RoundState;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reviews. One is found by id in the caller's scope ({@link ScopedToCaller}: a review of a region where the caller
 * acts nowhere is not found), and what is read of it next (the document under review, wherever its school is) within
 * its region. A round's reviews, a reviewer's own and the reminders' are read within their region
 * ({@link WholeRegion}): who may see which is the services' check, made before they call here; the reminders run
 * for no caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReviewRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    /** A review found in the caller's scope, with its document under review read within its region. */
    @ScopedToCaller
    public Optional<ExpertReview> review(long id) {
        Optional<ExpertReview> found = em.createQuery("select v from ExpertReview v join fetch v.round r"
                + " join fetch r.campaign c where v.id = :id", ExpertReview.class)
                .setParameter("id", id).getResultStream().findFirst();
        if (found.isEmpty()) {
            return found;
        }
        wholeRegion.enter(regionOf(found.get().getRound()));
        return em.createQuery("select v from ExpertReview v join fetch v.document d join fetch d.school"
                + " where v.id = :id", ExpertReview.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Submitted reviews of a document's version in any round, for the school's view of its conclusions. */
    @ScopedToCaller
    public List<ExpertReview> submittedReviews(Document document) {
        return em.createQuery("select distinct v from ExpertReview v join fetch v.round where v.document = :document"
                        + " and v.state = :submitted order by v.submittedAt", ExpertReview.class)
                .setParameter("document", document).setParameter("submitted", ReviewState.SUBMITTED).getResultList();
    }

    /** The round's reviews with their documents (the round was found and its organiser or reviewer admitted). */
    public List<ExpertReview> reviews(ExpertiseRound round) {
        wholeRegion.enter(regionOf(round));
        return em.createQuery("select distinct v from ExpertReview v"
                        + " join fetch v.document d join fetch d.school s join fetch s.municipality"
                        + " left join fetch v.reviewerSchool where v.round = :round order by s.name, d.title, v.id",
                        ExpertReview.class)
                .setParameter("round", round).getResultList();
    }

    /** The reviews given to an expert, or to any of the schools whose team the caller is, in the region. */
    public List<ExpertReview> reviewsOf(String regionCode, String username, Collection<Long> schoolIds) {
        wholeRegion.enter(regionCode);
        return em.createQuery("select distinct v from ExpertReview v join fetch v.round r join fetch r.campaign c"
                        + " join fetch v.document d join fetch d.school where c.region.code = :region"
                        + " and (v.reviewerUsername = :username or v.reviewerSchool.id in :schools)"
                        + " order by r.due, v.id", ExpertReview.class)
                .setParameter("region", regionCode).setParameter("username", username)
                .setParameter("schools", schoolIds.isEmpty() ? List.of(-1L) : schoolIds).getResultList();
    }

    /** Stores and writes at once: the id and the version are known to whoever shows the new review. */
    public ExpertReview add(ExpertReview review) {
        em.persist(review);
        em.flush();
        return review;
    }

    /** The regions with an open round (the reminders, which run for no caller, go through them one by one). */
    public List<String> regionsWithOpenRounds() {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select distinct c.region.code from ExpertiseRound r join r.campaign c"
                + " where r.state = :open", String.class).setParameter("open", RoundState.OPEN).getResultList();
    }

    /** Open reviews of the region's open rounds due by the given day (inclusive), for the reminders. */
    public List<ExpertReview> openReviewsDueBy(String regionCode, LocalDate day) {
        wholeRegion.enter(regionCode);
        return em.createQuery("select distinct v from ExpertReview v join fetch v.round r join fetch r.campaign c"
                        + " join fetch v.document d where c.region.code = :region and r.state = :open and r.due <= :day"
                        + " and v.state in :states", ExpertReview.class)
                .setParameter("region", regionCode).setParameter("open", RoundState.OPEN)
                .setParameter("day", day).setParameter("states", List.of(ReviewState.ASSIGNED,
                        ReviewState.DRAFT)).getResultList();
    }

    /**
     * Records the first time a reviewer opened the review (from then on no conflict can be declared), without
     * touching its version: opening must not make the reviewer's own form look outdated.
     */
    public void markOpened(long reviewId, Instant at) {
        // Native: a JPQL bulk update would raise the version as well.
        em.createNativeQuery("update expert_review set opened_at = ? where id = ? and opened_at is null")
                .setParameter(1, Timestamp.from(at)).setParameter(2, reviewId).executeUpdate();
    }

    /**
     * Marks reviews as reminded without touching their version: a reminder must not make a reviewer's open
     * form look outdated.
     */
    public void markReminded(List<Long> reviewIds, boolean afterDue) {
        for (Long id : reviewIds) {
            em.createNativeQuery("update expert_review set " + (afterDue ? "reminded_after" : "reminded_before")
                    + " = true where id = ?").setParameter(1, id).executeUpdate();
        }
    }

    /** Writes now, so that a concurrent change is told as such rather than as a failed commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("expertise.error.changedMeanwhile");
        }
    }

    private static String regionOf(ExpertiseRound round) {
        return round.getCampaign().getRegion().getCode();
    }

    /** A submitted review as monitoring counts it: the reviewed school and document, the verdict, the reviewer's school. */
    public record Judged(long id, long schoolId, long documentId, String verdict, Long reviewerSchoolId,
                         java.time.Instant submittedAt, ru.portal500.expertise.domain.RoundKind kind) {
    }

    /** The campaign's submitted reviews before the instant; distinct by id (joins' tenant criteria may repeat rows). */
    public List<Judged> judged(ru.portal500.registry.domain.Campaign campaign, java.time.Instant before) {
        return em.createQuery("select r.id, r.document.school.id, r.document.id, r.verdict, rs.id,"
                        + " r.submittedAt, r.round.kind from ExpertReview r left join r.reviewerSchool rs"
                        + " where r.round.campaign = :campaign and r.state = :submitted and r.submittedAt < :before",
                        Object[].class).setParameter("campaign", campaign)
                .setParameter("submitted", ru.portal500.expertise.domain.ReviewState.SUBMITTED)
                .setParameter("before", before).getResultStream()
                .map(r -> new Judged((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Long) r[4],
                        (java.time.Instant) r[5], (ru.portal500.expertise.domain.RoundKind) r[6]))
                .collect(java.util.stream.Collectors.toMap(Judged::id, x -> x, (a, b) -> a)).values().stream().toList();
    }
}
