package ru.portal500.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.search.domain.SynonymGroup;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Regions' synonym groups: what an operator edits, within the caller's scope; and what searches use. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class SynonymGroupRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The region's groups in the order they were added. */
    public List<SynonymGroup> of(String regionCode) {
        return em.createQuery("select g from SynonymGroup g where g.regionCode = :region order by g.id",
                SynonymGroup.class).setParameter("region", regionCode).getResultList();
    }

    public Optional<SynonymGroup> find(String regionCode, long id) {
        return em.createQuery("select g from SynonymGroup g where g.regionCode = :region and g.id = :id",
                SynonymGroup.class).setParameter("region", regionCode).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public long count(String regionCode) {
        return em.createQuery("select count(g) from SynonymGroup g where g.regionCode = :region", Long.class)
                .setParameter("region", regionCode).getSingleResult();
    }

    public SynonymGroup add(SynonymGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }

    public void remove(SynonymGroup group) {
        em.remove(group);
    }

    /**
     * The region's groups as phrases, for searching: read by the system for whoever searches (visitors
     * included), so no caller's scope applies; the region bounds it.
     */
    public List<List<String>> phrasesForSearch(String regionCode) {
        List<?> rows = em.createNativeQuery("select p.group_id, p.phrase from search_synonym_group g"
                + " join search_synonym_phrase p on p.group_id = g.id where g.region_code = ?"
                + " order by g.id, p.position").setParameter(1, regionCode).getResultList();
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            groups.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>()).add((String) columns[1]);
        }
        return List.copyOf(groups.values());
    }
}
