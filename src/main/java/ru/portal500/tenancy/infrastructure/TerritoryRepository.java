package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.portal500.tenancy.domain.Municipality;

import java.util.List;

/** Regions and municipalities as stored. */
@ApplicationScoped
public class TerritoryRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every municipality with its region, ordered by region and name. */
    public List<Municipality> allMunicipalities() {
        return em.createQuery("select m from Municipality m join fetch m.region r order by r.name, m.name",
                Municipality.class).getResultList();
    }
}
