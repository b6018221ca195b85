package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.List;
import java.util.Optional;

/** A region's campaigns, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class CampaignRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Region> region(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<Campaign> of(String regionCode) {
        return em.createQuery("select c from Campaign c join fetch c.region r where r.code = :region"
                + " order by c.schoolYear desc", Campaign.class).setParameter("region", regionCode).getResultList();
    }

    public Optional<Campaign> find(String regionCode, int schoolYear) {
        return em.createQuery("select c from Campaign c join fetch c.region r where r.code = :region"
                        + " and c.schoolYear = :year", Campaign.class)
                .setParameter("region", regionCode).setParameter("year", schoolYear).getResultStream().findFirst();
    }

    public Campaign add(Campaign campaign) {
        em.persist(campaign);
        return campaign;
    }
}
