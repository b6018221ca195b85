package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.registry.domain.RiskFactorCatalogue;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.List;
import java.util.Optional;

/** Campaigns' catalogues of risk factors, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class RiskFactorRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every factor of the campaign, retired ones too, by position. */
    public List<RiskFactor> of(Campaign campaign) {
        return em.createQuery("select f from RiskFactor f where f.campaign = :campaign order by f.position",
                RiskFactor.class).setParameter("campaign", campaign).getResultList();
    }

    public RiskFactorCatalogue catalogue(Campaign campaign) {
        return new RiskFactorCatalogue(campaign, of(campaign));
    }

    /** The catalogue of the region's latest campaign before this one that has one; empty if none. */
    public List<RiskFactor> previousCatalogue(Campaign campaign) {
        return em.createQuery("select f from RiskFactor f join f.campaign c where c.region = :region"
                        + " and c.schoolYear = (select max(c2.schoolYear) from RiskFactor f2 join f2.campaign c2"
                        + " where c2.region = :region and c2.schoolYear < :year) order by f.position", RiskFactor.class)
                .setParameter("region", campaign.getRegion()).setParameter("year", campaign.getSchoolYear())
                .getResultList();
    }

    public Optional<RiskFactor> find(Campaign campaign, long id) {
        return em.createQuery("select f from RiskFactor f where f.campaign = :campaign and f.id = :id", RiskFactor.class)
                .setParameter("campaign", campaign).setParameter("id", id).getResultStream().findFirst();
    }

    /** Stores a new factor; its id is known on return. */
    public RiskFactor add(RiskFactor factor) {
        em.persist(factor);
        em.flush();
        return factor;
    }
}
