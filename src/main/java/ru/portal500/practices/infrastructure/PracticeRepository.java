package ru.portal500.practices.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.practices.domain.Practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The practice bank: public, so no scope applies to reading it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PracticeRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Practice> find(long id) {
        return Optional.ofNullable(em.find(Practice.class, id));
    }

    /** Newest first, a page at a time; a region's only if a code is given. */
    public List<Practice> newest(String regionCode, int first, int max) {
        return em.createQuery("select p from Practice p where (:region is null or p.regionCode = :region)"
                        + " order by p.publishedAt desc, p.id desc", Practice.class)
                .setParameter("region", regionCode).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String regionCode) {
        return em.createQuery("select count(p) from Practice p where (:region is null or p.regionCode = :region)",
                Long.class).setParameter("region", regionCode).getSingleResult();
    }

    /** Practices addressing any of the risk factors (federal numbers), most factors in common first. */
    public List<Practice> addressing(Collection<Integer> federalNumbers, int max) {
        if (federalNumbers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createQuery("select p.id from Practice p join p.riskFactors f where f in :factors"
                        + " group by p.id order by count(f) desc, p.id desc", Long.class)
                .setParameter("factors", federalNumbers).setMaxResults(max).getResultList();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The practices holding a file with one of these contents, as pairs of the content and the practice. */
    public List<Object[]> holdingFiles(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f.sha256, p from Practice p join p.files f where f.sha256 in :shas",
                Object[].class).setParameter("shas", java.util.Set.copyOf(sha256s)).getResultList();
    }

    /** The practice a contest's entry became, if it is in the bank. */
    public Optional<Practice> ofEntry(long entryId) {
        return em.createQuery("select p from Practice p where p.origin.entryId = :entry", Practice.class)
                .setParameter("entry", entryId).getResultStream().findFirst();
    }

    /** The practices a contest's entries became: entry id → practice id. */
    public java.util.Map<Long, Long> ofContest(long contestId) {
        return em.createQuery("select p.origin.entryId, p.id from Practice p where p.origin.contestId = :contest",
                        Object[].class).setParameter("contest", contestId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1], (a, b) -> a));
    }

    public List<Long> ids() {
        return em.createQuery("select p.id from Practice p order by p.id", Long.class).getResultList();
    }

    public void flush() {
        em.flush();
    }

    public Practice add(Practice practice) {
        em.persist(practice);
        return practice;
    }
}
