package ru.portal500.expertise.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundChange;
import ru.portal500.expertise.domain.RoundState;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rounds and what takes part in them. A round is found in the caller's scope ({@link ScopedToCaller}: a round of
 * a region where the caller acts nowhere is not found); what is read of a found round next — its documents, its
 * campaign's pairs and schools — is read within its whole region ({@link WholeRegion}): conflicts of interest know
 * no municipal borders, and who within the region may see what is the services' check, made before they call here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class RoundRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    public Optional<Campaign> campaign(String regionCode, int schoolYear) {
        return em.createQuery("select c from Campaign c where c.region.code = :region and c.schoolYear = :year",
                        Campaign.class)
                .setParameter("region", regionCode).setParameter("year", schoolYear).getResultStream().findFirst();
    }

    public Optional<Municipality> municipality(String regionCode, String code) {
        return em.createQuery("select m from Municipality m where m.region.code = :region and m.code = :code",
                        Municipality.class)
                .setParameter("region", regionCode).setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<ExpertiseRound> round(long id) {
        Optional<ExpertiseRound> round = em.createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                + " where r.id = :id", ExpertiseRound.class).setParameter("id", id).getResultStream().findFirst();
        round.ifPresent(r -> wholeRegion.enter(regionOf(r.getCampaign())));
        return round;
    }

    public List<ExpertiseRound> rounds(String regionCode, int schoolYear) {
        return within(regionCode, em.createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                        + " where c.region.code = :region and c.schoolYear = :year order by r.createdAt desc",
                        ExpertiseRound.class)
                .setParameter("region", regionCode).setParameter("year", schoolYear).getResultList());
    }

    /** The region's open rounds of every campaign, oldest first (who organises which is the services' check). */
    public List<ExpertiseRound> openRounds(String regionCode) {
        return within(regionCode, em.createQuery("select r from ExpertiseRound r join fetch r.campaign c"
                        + " where c.region.code = :region and r.state = :open order by r.createdAt, r.id",
                        ExpertiseRound.class)
                .setParameter("region", regionCode).setParameter("open", RoundState.OPEN).getResultList());
    }

    /** Stores and writes at once: the id and the version are known to whoever shows the new round. */
    public ExpertiseRound add(ExpertiseRound round) {
        em.persist(round);
        em.flush();
        return round;
    }

    /** Lines of a round's history, written once. */
    public void record(Collection<RoundChange> changes) {
        // one at a time: EclipseLink inserts a batch of new objects in no set order, and the story is read back
        // by time, then by id (lines of one moment would swap places)
        for (var change : changes) {
            em.persist(change);
            em.flush();
        }
    }

    /** A found round's history, oldest first. */
    public List<RoundChange> changes(ExpertiseRound round) {
        return em.createQuery("select c from RoundChange c where c.round = :round order by c.at, c.id", RoundChange.class)
                .setParameter("round", round).getResultList();
    }

    /** Writes now, so that a concurrent change is told as such rather than as a failed commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("expertise.error.changedMeanwhile");
        }
    }

    /**
     * Documents a round may take: of the campaign (and municipality), of the checklist's document type, in the
     * given states, with at least one version.
     */
    public List<Document> candidates(ExpertiseRound round, Collection<DocumentState> states) {
        wholeRegion.enter(regionOf(round.getCampaign()));
        String query = "select distinct d from Document d join fetch d.school s join fetch s.municipality m"
                + " where d.campaign = :campaign and d.type.code = :type and d.state in :states"
                + " and exists (select v from DocumentVersion v where v.document = d)"
                + (round.getMunicipality() == null ? "" : " and m = :municipality") + " order by m.name, s.name, d.title";
        var typed = em.createQuery(query, Document.class).setParameter("campaign", round.getCampaign())
                .setParameter("type", round.getChecklist().getDocumentType()).setParameter("states", states);
        if (round.getMunicipality() != null) {
            typed.setParameter("municipality", round.getMunicipality());
        }
        return typed.getResultList();
    }

    /** The campaign's pairs with their helpers, region-wide: conflicts of interest know no municipal borders. */
    public List<CuratorPair> pairs(Campaign campaign) {
        wholeRegion.enter(regionOf(campaign));
        return em.createQuery("select distinct p from CuratorPair p left join fetch p.helpers"
                + " where p.campaign = :campaign", CuratorPair.class).setParameter("campaign", campaign).getResultList();
    }

    /** The ШНОР and ШССУ of the campaign: the schools that review each other in a mutual round. */
    public List<School> participatingSchools(Campaign campaign) {
        wholeRegion.enter(regionOf(campaign));
        return em.createQuery("select s from CampaignSchool cs join cs.school s join fetch s.municipality"
                        + " where cs.campaign = :campaign and cs.status in :supported order by s.id", School.class)
                .setParameter("campaign", campaign)
                .setParameter("supported", List.of(SchoolStatus.LOW_RESULTS, SchoolStatus.SOCIAL_RISK)).getResultList();
    }

    /** The schools at these places of the region, by id (an expert's own and curated schools, a reviewing team's). */
    public Set<Long> schoolIds(String regionCode, Collection<Scope> schoolScopes) {
        Set<String> keys = schoolScopes.stream().filter(s -> s.region().equals(regionCode))
                .map(s -> s.municipality() + "/" + s.school()).collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return Set.of();
        }
        wholeRegion.enter(regionCode);
        return new HashSet<>(em.createQuery("select s.id from School s join s.municipality m"
                        + " where m.region.code = :region and concat(m.code, '/', s.code) in :keys", Long.class)
                .setParameter("region", regionCode).setParameter("keys", keys).getResultList());
    }

    /** Rounds found in the caller's scope are read on (checklist, municipality) within their region. */
    private List<ExpertiseRound> within(String regionCode, List<ExpertiseRound> rounds) {
        if (!rounds.isEmpty()) {
            wholeRegion.enter(regionCode);
        }
        return rounds;
    }

    private static String regionOf(Campaign campaign) {
        return campaign.getRegion().getCode();
    }
}
