package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskProfile;
import ru.portal500.registry.domain.RiskProfileChange;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Schools' risk profiles and their stories, and the schools' statuses they depend on, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class RiskProfileRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<RiskProfile> find(Campaign campaign, School school) {
        return em.createQuery("select p from RiskProfile p where p.campaign = :campaign and p.school = :school",
                        RiskProfile.class).setParameter("campaign", campaign).setParameter("school", school)
                .getResultStream().findFirst();
    }

    public RiskProfile findOrAdd(Campaign campaign, School school) {
        return find(campaign, school).orElseGet(() -> add(new RiskProfile(campaign, school)));
    }

    public RiskProfile add(RiskProfile profile) {
        em.persist(profile);
        return profile;
    }

    /** The campaign's profiles by their school's id. */
    public Map<Long, RiskProfile> ofCampaign(Campaign campaign) {
        Map<Long, RiskProfile> profiles = new HashMap<>();
        em.createQuery("select p from RiskProfile p join fetch p.school where p.campaign = :campaign", RiskProfile.class)
                .setParameter("campaign", campaign).getResultStream()
                .forEach(p -> profiles.put(p.getSchool().getId(), p));
        return profiles;
    }

    /**
     * The school's profiles in every campaign, newest first. Distinct: the campaign's own tenant criteria, on its fetch
     * join, repeated each profile once per region of the caller's scope.
     */
    public List<RiskProfile> ofSchool(School school) {
        return em.createQuery("select distinct p from RiskProfile p join fetch p.campaign c where p.school = :school"
                + " order by c.schoolYear desc", RiskProfile.class).setParameter("school", school).getResultList();
    }

    public void record(List<RiskProfileChange> changes) {
        // one at a time: EclipseLink inserts a batch of new objects in no set order, and the story is read back
        // by time, then by id (lines of one moment would swap places)
        for (var change : changes) {
            em.persist(change);
            em.flush();
        }
    }

    /** The profile's story, oldest first. */
    public List<RiskProfileChange> changesOf(RiskProfile profile) {
        return em.createQuery("select c from RiskProfileChange c where c.profile = :profile order by c.line",
                RiskProfileChange.class).setParameter("profile", profile).getResultList();
    }

    public Optional<SchoolStatus> statusOf(Campaign campaign, School school) {
        return em.createQuery("select cs.status from CampaignSchool cs where cs.campaign = :campaign"
                        + " and cs.school = :school", SchoolStatus.class).setParameter("campaign", campaign)
                .setParameter("school", school).getResultStream().findFirst();
    }

    /** The statuses the campaign gives schools, by school id. */
    public Map<Long, SchoolStatus> statusesIn(Campaign campaign) {
        Map<Long, SchoolStatus> statuses = new HashMap<>();
        em.createQuery("select cs.school.id, cs.status from CampaignSchool cs where cs.campaign = :campaign",
                        Object[].class).setParameter("campaign", campaign).getResultStream()
                .forEach(row -> statuses.put((Long) row[0], (SchoolStatus) row[1]));
        return statuses;
    }
}
