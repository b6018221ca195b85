package ru.portal500.expertise.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.List;
import java.util.Optional;

/**
 * The regions' checklists, within the caller's regions ({@link ScopedToCaller}: a checklist of a region where the
 * caller acts nowhere is not found). The region named in a query is the one the caller chose to look at.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class ChecklistRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Region> region(String regionCode) {
        return em.createQuery("select r from Region r where r.code = :region", Region.class)
                .setParameter("region", regionCode).getResultStream().findFirst();
    }

    /** The newest version of each of the region's checklists, by title. */
    public List<ChecklistVersion> latest(String regionCode) {
        return em.createQuery("select c from ChecklistVersion c where c.region.code = :region"
                        + " and c.number = (select max(o.number) from ChecklistVersion o where o.region = c.region"
                        + " and o.code = c.code) order by c.title", ChecklistVersion.class)
                .setParameter("region", regionCode).getResultList();
    }

    public List<ChecklistVersion> versions(String regionCode, String code) {
        return em.createQuery("select c from ChecklistVersion c where c.region.code = :region"
                        + " and c.code = :code order by c.number desc", ChecklistVersion.class)
                .setParameter("region", regionCode).setParameter("code", code).getResultList();
    }

    /** A version of the region's checklist (a version of another region is not found under this one's name). */
    public Optional<ChecklistVersion> checklist(String regionCode, long id) {
        return em.createQuery("select c from ChecklistVersion c where c.id = :id and c.region.code = :region",
                        ChecklistVersion.class)
                .setParameter("id", id).setParameter("region", regionCode).getResultStream().findFirst();
    }

    /** Stores and writes at once: the id is known to whoever shows the new version. */
    public ChecklistVersion add(ChecklistVersion version) {
        em.persist(version);
        em.flush();
        return version;
    }
}
