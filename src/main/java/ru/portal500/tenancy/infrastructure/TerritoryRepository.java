package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regions, municipalities and schools as stored, always within the caller's scope
 * ({@link ScopedToCaller}: the entities' additional criteria do the filtering).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class TerritoryRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The municipalities in scope with their regions, ordered by region and name. */
    public List<Municipality> municipalities() {
        return em.createQuery("select m from Municipality m join fetch m.region r order by r.name, m.name",
                Municipality.class).getResultList();
    }

    public Optional<Municipality> findMunicipality(long id) {
        return em.createQuery("select m from Municipality m join fetch m.region where m.id = :id", Municipality.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<School> findSchool(long id) {
        return em.createQuery("select s from School s join fetch s.municipality m join fetch m.region where s.id = :id",
                School.class).setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<Region> findRegion(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Municipality> findMunicipality(String regionCode, String code) {
        return em.createQuery("select m from Municipality m join fetch m.region r"
                        + " where r.code = :region and m.code = :code", Municipality.class)
                .setParameter("region", regionCode).setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<School> findSchool(String regionCode, String municipalityCode, String code) {
        return em.createQuery("select s from School s join fetch s.municipality m join fetch m.region r"
                        + " where r.code = :region and m.code = :municipality and s.code = :code", School.class)
                .setParameter("region", regionCode).setParameter("municipality", municipalityCode)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The region's schools in scope by "municipality/code" (how import files name them). */
    public Map<String, School> schoolsOf(String regionCode) {
        Map<String, School> schools = new HashMap<>();
        em.createQuery("select s from School s join fetch s.municipality m join m.region r where r.code = :region",
                        School.class).setParameter("region", regionCode).getResultStream()
                .forEach(s -> schools.put(s.getMunicipality().getCode() + "/" + s.getCode(), s));
        return schools;
    }

    /** The schools of a municipality that are in scope, by name. */
    public List<School> schoolsOf(Municipality municipality) {
        return em.createQuery("select s from School s where s.municipality = :m order by s.name", School.class)
                .setParameter("m", municipality).getResultList();
    }
}
