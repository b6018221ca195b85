package ru.portal500.expertise.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ReviewState;
import ru.portal500.expertise.domain.RoundState;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopeParameters;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checklists, rounds and reviews, always read within one region: each method takes the region and puts it
 * into the transaction's EntityManager as the scope of the directory and documents it reaches. Who within
 * the region may see what is the services' check, made before they call here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ExpertiseRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private EntityManager in(String regionCode) {
        ScopeParameters.wholeRegion(regionCode).forEach(em::setProperty);
        return em;
    }

    public Optional<Campaign> campaign(String regionCode, int schoolYear) {
        return in(regionCode).createQuery("select c from Campaign c where c.region.code = :region"
                        + " and c.schoolYear = :year", Campaign.class)
                .setParameter("region", regionCode).setParameter("year", schoolYear).getResultStream().findFirst();
    }

    public Optional<Region> region(String regionCode) {
        return in(regionCode).createQuery("select r from Region r where r.code = :region", Region.class)
                .setParameter("region", regionCode).getResultStream().findFirst();
    }

    public Optional<Municipality> municipality(String regionCode, String code) {
        return in(regionCode).createQuery("select m from Municipality m where m.region.code = :region"
                        + " and m.code = :code", Municipality.class)
                .setParameter("region", regionCode).setParameter("code", code).getResultStream().findFirst();
    }

    /** The newest version of each of the region's checklists, by title. */
    public List<ChecklistVersion> latestChecklists(String regionCode) {
        return in(regionCode).createQuery("select c from ChecklistVersion c where c.region.code = :region"
                        + " and c.number = (select max(o.number) from ChecklistVersion o where o.region = c.region"
                        + " and o.code = c.code) order by c.title", ChecklistVersion.class)
                .setParameter("region", regionCode).getResultList();
    }

    public List<ChecklistVersion> versions(String regionCode, String code) {
        return in(regionCode).createQuery("select c from ChecklistVersion c where c.region.code = :region"
                        + " and c.code = :code order by c.number desc", ChecklistVersion.class)
                .setParameter("region", regionCode).setParameter("code", code).getResultList();
    }

    public Optional<ChecklistVersion> checklist(String regionCode, long id) {
        return in(regionCode).createQuery("select c from ChecklistVersion c where c.id = :id"
                        + " and c.region.code = :region", ChecklistVersion.class)
                .setParameter("id", id).setParameter("region", regionCode).getResultStream().findFirst();
    }

    /** Stores and writes at once: the id and the version are known to whoever shows the new record. */
    public <T> T add(String regionCode, T entity) {
        in(regionCode).persist(entity);
        em.flush();
        return entity;
    }

    public List<ExpertiseRound> rounds(String regionCode, int schoolYear) {
        return in(regionCode).createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                        + " left join fetch r.municipality where c.region.code = :region and c.schoolYear = :year"
                        + " order by r.createdAt desc", ExpertiseRound.class)
                .setParameter("region", regionCode).setParameter("year", schoolYear).getResultList();
    }

    /** The region's open rounds of every campaign, oldest first (who organises which is the services' check). */
    public List<ExpertiseRound> openRounds(String regionCode) {
        return in(regionCode).createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                        + " left join fetch r.municipality where c.region.code = :region and r.state = :open"
                        + " order by r.createdAt, r.id", ExpertiseRound.class)
                .setParameter("region", regionCode).setParameter("open", RoundState.OPEN).getResultList();
    }

    public Optional<ExpertiseRound> round(String regionCode, long id) {
        return in(regionCode).createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                        + " where r.id = :id and c.region.code = :region", ExpertiseRound.class)
                .setParameter("id", id).setParameter("region", regionCode).getResultStream().findFirst();
    }

    /** The region a round belongs to, whoever asks (the services check the caller's rights next). */
    public Optional<String> regionOfRound(long id) {
        return em.createNativeQuery("select r.code from expertise_round e join campaign c on c.id = e.campaign_id"
                        + " join region r on r.id = c.region_id where e.id = ?").setParameter(1, id)
                .getResultStream().map(String.class::cast).findFirst();
    }

    public Optional<String> regionOfReview(long id) {
        return em.createNativeQuery("select r.code from expert_review v join expertise_round e on e.id = v.round_id"
                        + " join campaign c on c.id = e.campaign_id join region r on r.id = c.region_id where v.id = ?")
                .setParameter(1, id).getResultStream().map(String.class::cast).findFirst();
    }

    public Optional<ExpertReview> review(String regionCode, long id) {
        return in(regionCode).createQuery("select distinct v from ExpertReview v join fetch v.round r join fetch r.campaign c"
                        + " join fetch v.document d join fetch d.school where v.id = :id and c.region.code = :region",
                        ExpertReview.class)
                .setParameter("id", id).setParameter("region", regionCode).getResultStream().findFirst();
    }

    public List<ExpertReview> reviews(ExpertiseRound round) {
        return in(round.getCampaign().getRegion().getCode()).createQuery("select distinct v from ExpertReview v"
                        + " join fetch v.document d join fetch d.school s join fetch s.municipality"
                        + " left join fetch v.reviewerSchool where v.round = :round order by s.name, d.title, v.id",
                        ExpertReview.class)
                .setParameter("round", round).getResultList();
    }

    /** The reviews given to an expert, or to any of the schools whose team the caller is, in the region. */
    public List<ExpertReview> reviewsOf(String regionCode, String username, Collection<Long> schoolIds) {
        return in(regionCode).createQuery("select distinct v from ExpertReview v join fetch v.round r join fetch r.campaign c"
                        + " join fetch v.document d join fetch d.school where c.region.code = :region"
                        + " and (v.reviewerUsername = :username or v.reviewerSchool.id in :schools)"
                        + " order by r.due, v.id", ExpertReview.class)
                .setParameter("region", regionCode).setParameter("username", username)
                .setParameter("schools", schoolIds.isEmpty() ? List.of(-1L) : schoolIds).getResultList();
    }

    /** Submitted reviews of a document's version in any round, for the school's view of its conclusions. */
    public List<ExpertReview> submittedReviews(String regionCode, Document document) {
        return in(regionCode).createQuery("select distinct v from ExpertReview v join fetch v.round where v.document = :document"
                        + " and v.state = :submitted order by v.submittedAt",
                        ExpertReview.class).setParameter("document", document).setParameter("submitted", ReviewState.SUBMITTED)
                .getResultList();
    }

    /**
     * Documents a round may take: of the campaign (and municipality), of the checklist's document type, in the
     * given states, with at least one version.
     */
    public List<Document> candidates(ExpertiseRound round, Collection<DocumentState> states) {
        String query = "select distinct d from Document d join fetch d.school s join fetch s.municipality m"
                + " where d.campaign = :campaign and d.type.code = :type and d.state in :states"
                + " and exists (select v from DocumentVersion v where v.document = d)"
                + (round.getMunicipality() == null ? "" : " and m = :municipality") + " order by m.name, s.name, d.title";
        var typed = in(round.getCampaign().getRegion().getCode()).createQuery(query, Document.class)
                .setParameter("campaign", round.getCampaign())
                .setParameter("type", round.getChecklist().getDocumentType()).setParameter("states", states);
        if (round.getMunicipality() != null) {
            typed.setParameter("municipality", round.getMunicipality());
        }
        return typed.getResultList();
    }

    public Optional<Document> document(String regionCode, long id) {
        return Optional.ofNullable(in(regionCode).find(Document.class, id));
    }

    /** The campaign's pairs with their helpers, region-wide: conflicts of interest know no municipal borders. */
    public List<CuratorPair> pairs(Campaign campaign) {
        return in(campaign.getRegion().getCode()).createQuery("select distinct p from CuratorPair p"
                + " left join fetch p.helpers where p.campaign = :campaign", CuratorPair.class)
                .setParameter("campaign", campaign).getResultList();
    }

    /** The ШНОР and ШССУ of the campaign: the schools that review each other in a mutual round. */
    public List<School> participatingSchools(Campaign campaign) {
        return in(campaign.getRegion().getCode()).createQuery("select s from CampaignSchool cs join cs.school s"
                        + " join fetch s.municipality where cs.campaign = :campaign and cs.status in :supported"
                        + " order by s.id", School.class).setParameter("campaign", campaign)
                .setParameter("supported", List.of(SchoolStatus.LOW_RESULTS, SchoolStatus.SOCIAL_RISK)).getResultList();
    }

    /** The schools at these places of the region, by id (an expert's own and curated schools). */
    public Set<Long> schoolIds(String regionCode, Collection<Scope> schoolScopes) {
        Set<String> keys = schoolScopes.stream().filter(s -> s.region().equals(regionCode))
                .map(s -> s.municipality() + "/" + s.school()).collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(in(regionCode).createQuery("select s.id from School s join s.municipality m"
                        + " where m.region.code = :region and concat(m.code, '/', s.code) in :keys", Long.class)
                .setParameter("region", regionCode).setParameter("keys", keys).getResultList());
    }

    /** The regions with an open round (reminders go through them one by one). */
    public List<String> regionsWithOpenRounds() {
        return em.createNativeQuery("select distinct r.code from expertise_round e join campaign c on c.id = e.campaign_id"
                + " join region r on r.id = c.region_id where e.state = 'OPEN'").getResultList().stream()
                .map(String.class::cast).toList();
    }

    /** Open reviews of the region's open rounds due by the given day (inclusive). */
    public List<ExpertReview> openReviewsDueBy(String regionCode, LocalDate day) {
        return in(regionCode).createQuery("select distinct v from ExpertReview v join fetch v.round r join fetch r.campaign c"
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
        if (!reviewIds.isEmpty()) {
            for (Long id : reviewIds) {
                em.createNativeQuery("update expert_review set " + (afterDue ? "reminded_after" : "reminded_before")
                        + " = true where id = ?").setParameter(1, id).executeUpdate();
            }
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
}
