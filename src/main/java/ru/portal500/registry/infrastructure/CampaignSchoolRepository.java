package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.registry.domain.RegionRule;
import ru.portal500.registry.domain.SchoolFlags;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Schools' statuses and flags in campaigns, and regions' identification rules, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class CampaignSchoolRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<RegionRule> rule(String regionCode) {
        return em.createQuery("select r from RegionRule r where r.region.code = :region", RegionRule.class)
                .setParameter("region", regionCode).getResultStream().findFirst();
    }

    public Optional<CampaignSchool> status(Campaign campaign, long schoolId) {
        return em.createQuery("select c from CampaignSchool c where c.campaign = :campaign and c.school.id = :school",
                        CampaignSchool.class).setParameter("campaign", campaign).setParameter("school", schoolId)
                .getResultStream().findFirst();
    }

    /**
     * The campaign's schools the programme supports (ШНОР, ШССУ) in scope, as rows read once and managed by nobody:
     * school id, name and code, municipality id, code and name; by municipality and name.
     */
    public List<Object[]> supportedRows(Campaign campaign) {
        return em.createQuery("select s.id, s.name, s.code, m.id, m.code, m.name from CampaignSchool c join c.school s"
                        + " join s.municipality m where c.campaign = :campaign and c.status in :supported"
                        + " order by m.name, s.name", Object[].class).setParameter("campaign", campaign)
                .setParameter("supported", Arrays.stream(SchoolStatus.values()).filter(SchoolStatus::isSupported).toList())
                .getResultList();
    }

    /** The campaign's decided schools in scope, with their schools and municipalities loaded. */
    public List<CampaignSchool> statuses(Campaign campaign) {
        return em.createQuery("select c from CampaignSchool c join fetch c.school s join fetch s.municipality m"
                        + " where c.campaign = :campaign order by m.name, s.name", CampaignSchool.class)
                .setParameter("campaign", campaign).getResultList();
    }

    /** The campaign's decided schools of one municipality (in scope), by name. */
    public List<CampaignSchool> statuses(Campaign campaign, long municipalityId) {
        return em.createQuery("select c from CampaignSchool c join fetch c.school s join fetch s.municipality m"
                        + " where c.campaign = :campaign and m.id = :municipality order by s.name", CampaignSchool.class)
                .setParameter("campaign", campaign).setParameter("municipality", municipalityId).getResultList();
    }

    /** How many schools in scope have each status in the campaign. */
    public Map<SchoolStatus, Long> counts(Campaign campaign) {
        Map<SchoolStatus, Long> counts =
                new EnumMap<>(SchoolStatus.class);
        em.createQuery("select c.status, count(c) from CampaignSchool c where c.campaign = :campaign"
                        + " group by c.status", Object[].class).setParameter("campaign", campaign).getResultStream()
                .forEach(row -> counts.put((SchoolStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * A school's statuses in every campaign, newest first. Distinct: the campaign's own tenant criteria, on its fetch
     * join, repeated each status once per region of the caller's scope.
     */
    public List<CampaignSchool> statusesOf(long schoolId) {
        return em.createQuery("select distinct c from CampaignSchool c join fetch c.campaign k"
                        + " where c.school.id = :school order by k.schoolYear desc", CampaignSchool.class)
                .setParameter("school", schoolId).getResultList();
    }

    public Optional<SchoolFlags> flags(Campaign campaign, long schoolId) {
        return em.createQuery("select f from SchoolFlags f where f.campaign = :campaign and f.school.id = :school",
                        SchoolFlags.class).setParameter("campaign", campaign).setParameter("school", schoolId)
                .getResultStream().findFirst();
    }

    public List<SchoolFlags> flags(Campaign campaign) {
        return em.createQuery("select f from SchoolFlags f join fetch f.school s join fetch s.municipality"
                        + " where f.campaign = :campaign", SchoolFlags.class)
                .setParameter("campaign", campaign).getResultList();
    }

    /** A school's flags in every campaign, newest first (distinct, as {@link #statusesOf}). */
    public List<SchoolFlags> flagsOf(long schoolId) {
        return em.createQuery("select distinct f from SchoolFlags f join fetch f.campaign k where f.school.id = :school"
                        + " order by k.schoolYear desc", SchoolFlags.class)
                .setParameter("school", schoolId).getResultList();
    }

    /** The campaign's registry history the caller may see, oldest first. */
    public List<RegistryChange> changes(Campaign campaign) {
        return em.createQuery("select c from RegistryChange c join fetch c.school s join fetch s.municipality"
                        + " where c.campaign = :campaign order by c.at, c.id", RegistryChange.class)
                .setParameter("campaign", campaign).getResultList();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes what is pending and forgets it, so that long batches do not accumulate in memory. */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
