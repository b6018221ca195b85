package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.CarriedPair;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Pairs of a campaign and the standings they rest on, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class PairRepository {

    private static final List<SchoolStatus> SUPPORTED = List.of(SchoolStatus.LOW_RESULTS, SchoolStatus.SOCIAL_RISK);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<CampaignSchool> standing(Campaign campaign, School school) {
        return em.createQuery("select cs from CampaignSchool cs where cs.campaign = :campaign and cs.school = :school",
                        CampaignSchool.class).setParameter("campaign", campaign).setParameter("school", school)
                .getResultStream().findFirst();
    }

    /** The ШНОР and ШССУ schools of the campaign in scope, by municipality and name. */
    public List<CampaignSchool> supported(Campaign campaign) {
        return em.createQuery("select cs from CampaignSchool cs join fetch cs.school s join fetch s.municipality m"
                        + " where cs.campaign = :campaign and cs.status in :supported order by m.name, s.name",
                        CampaignSchool.class).setParameter("campaign", campaign).setParameter("supported", SUPPORTED)
                .getResultList();
    }

    /** Schools of the campaign's region in scope that may curate: none of them ШНОР/ШССУ in the campaign. */
    public List<School> curatorCandidates(Campaign campaign) {
        return em.createQuery("select s from School s join fetch s.municipality m join m.region r"
                        + " where r = :region and not exists (select cs from CampaignSchool cs"
                        + " where cs.campaign = :campaign and cs.school = s and cs.status in :supported)"
                        + " order by m.name, s.name", School.class)
                .setParameter("region", campaign.getRegion()).setParameter("campaign", campaign)
                .setParameter("supported", SUPPORTED).getResultList();
    }

    public Optional<CuratorPair> find(Campaign campaign, long id) {
        return em.createQuery("select p from CuratorPair p join fetch p.school s join fetch s.municipality"
                        + " where p.id = :id and p.campaign = :campaign", CuratorPair.class)
                .setParameter("id", id).setParameter("campaign", campaign).getResultStream().findFirst();
    }

    /** The pairs carried into the campaign, those the caller may see. */
    public List<CarriedPair> carried(Campaign campaign) {
        return em.createQuery("select c from CarriedPair c join fetch c.school s join fetch s.municipality"
                + " where c.campaign = :campaign order by c.id", CarriedPair.class)
                .setParameter("campaign", campaign).getResultList();
    }

    public Optional<CuratorPair> ofSchool(Campaign campaign, School school) {
        return em.createQuery("select p from CuratorPair p where p.campaign = :campaign and p.school = :school",
                        CuratorPair.class).setParameter("campaign", campaign).setParameter("school", school)
                .getResultStream().findFirst();
    }

    /** The campaign's pairs in scope, with their helpers. */
    public List<CuratorPair> of(Campaign campaign) {
        return em.createQuery("select distinct p from CuratorPair p join fetch p.school s join fetch s.municipality"
                        + " left join fetch p.helpers where p.campaign = :campaign", CuratorPair.class)
                .setParameter("campaign", campaign).getResultList();
    }

    /** The places on pairs of the school at {@code school} (any campaign) that name the person as curator. */
    public List<PairHelper> curatorsNaming(Scope school, String username) {
        return em.createQuery("select h from PairHelper h join h.pair p join p.school s join s.municipality m"
                        + " where m.region.code = :region and m.code = :municipality and s.code = :school"
                        + " and h.helperFunction = :curator and lower(h.username) = :username", PairHelper.class)
                .setParameter("region", school.region()).setParameter("municipality", school.municipality())
                .setParameter("school", school.school()).setParameter("curator", HelperFunction.CURATOR)
                .setParameter("username", username.toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    /** The pairs of the school (any campaign) naming the person as curator. */
    public List<PairHelper> curatorsNaming(School school, String username) {
        return em.createQuery("select h from PairHelper h join h.pair p where p.school = :school"
                        + " and h.helperFunction = :curator and h.username = :username", PairHelper.class)
                .setParameter("school", school).setParameter("curator", HelperFunction.CURATOR)
                .setParameter("username", username).getResultList();
    }

    /**
     * Where the schools of pairs the caller sees are and what they are called, by id. Read past the
     * scope on purpose (a native query): a visible pair's curator school may lie outside it, and its
     * name is shown with the pair. Only ids of pairs loaded in scope are ever passed.
     */
    public Map<Long, SchoolRef> schoolRefs(Collection<Long> ids) {
        Map<Long, SchoolRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        List<Long> list = List.copyOf(ids);
        Query query = em.createNativeQuery("select s.id, r.code, m.code, m.name, s.code, s.name from school s"
                + " join municipality m on m.id = s.municipality_id join region r on r.id = m.region_id"
                + " where s.id in (" + IntStream.rangeClosed(1, list.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", ")) + ")");
        IntStream.range(0, list.size()).forEach(i -> query.setParameter(i + 1, list.get(i)));
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            refs.put(id, new SchoolRef(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        return refs;
    }

    /** Persists and writes at once, so that a second pair for the school fails here, before Keycloak is asked anything. */
    public <T> T add(T pairOrStanding) {
        em.persist(pairOrStanding);
        em.flush();
        return pairOrStanding;
    }

    /** Writes pending changes (helpers named or gone) before Keycloak is asked to follow them. */
    public void flush() {
        em.flush();
    }

    public void remove(CuratorPair pair) {
        em.remove(pair);
    }
}
