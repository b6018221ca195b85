package ru.portal500.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ru.portal500.tenancy.domain.Locality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The school list of a region, a page at a time, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class SchoolListRepository {

    private static final Map<String, String> ORDER = Map.of(
            "name", "s.name", "code", "s.code", "municipality", "m.name", "settlement", "s.settlement",
            "kind", "s.kind");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A page of schools and how many match in all. */
    public record Page(List<School> schools, long total) {
    }

    public Page find(String regionCode, SchoolListQuery query) {
        String where = " where r.code = :region"
                + (query.text() == null ? "" : " and (lower(s.name) like :text or lower(s.shortName) like :text"
                + " or s.code like :text or lower(s.settlement) like :text)")
                + (query.municipalityCode() == null ? "" : " and m.code = :municipality")
                + (query.locality() == null ? "" : " and s.locality = :locality");
        String order = " order by " + ORDER.getOrDefault(query.sortField(), "s.name")
                + (query.ascending() ? " asc" : " desc") + ", s.id";
        TypedQuery<School> page = em.createQuery("select s from School s join fetch s.municipality m join fetch m.region r"
                + where + order, School.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from School s join s.municipality m join m.region r"
                + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("region", regionCode);
            if (query.text() != null) {
                q.setParameter("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
            }
            if (query.municipalityCode() != null) {
                q.setParameter("municipality", query.municipalityCode());
            }
            if (query.locality() != null) {
                q.setParameter("locality", Locality.valueOf(query.locality()));
            }
        }
        List<School> schools = page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        return new Page(schools, count.getSingleResult());
    }

    /**
     * Every school of the region in scope, with municipality and main school, for an export. Distinct: the main
     * school's own tenant criteria, on its outer fetch join, may repeat a school (as a campaign's did elsewhere).
     */
    public List<School> all(String regionCode) {
        return em.createQuery("select distinct s from School s join fetch s.municipality m join fetch m.region r"
                        + " left join fetch s.parent where r.code = :region order by m.code, s.code", School.class)
                .setParameter("region", regionCode).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
