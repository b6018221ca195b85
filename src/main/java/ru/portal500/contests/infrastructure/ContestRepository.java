package ru.portal500.contests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Contests and their histories. A contest is found in the caller's scope ({@link ScopedToCaller}: another region's
 * contest is not found); a published call is read by anyone, through {@link WholeRegion}, by {@link #published}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class ContestRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    public Optional<Region> region(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Contest> contest(long id) {
        return em.createQuery("select c from Contest c join fetch c.region where c.id = :id", Contest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * A contest the caller holds a grant of (its organiser or juror, {@code /64/_contests/17/…}): the grant names the
     * contest's region, which becomes the scope of the read, so a person with no place in the region still finds
     * the contest they were given, and only that one (its id and region must both match the grant).
     */
    public Optional<Contest> granted(long id, String regionCode) {
        wholeRegion.enter(regionCode);
        return contest(id).filter(c -> c.getRegion().getCode().equals(regionCode));
    }

    /** The region's contests, newest school year first, then newest. */
    public List<Contest> contests(String regionCode) {
        return em.createQuery("select c from Contest c join fetch c.region r where r.code = :region"
                        + " order by c.schoolYear desc, c.createdAt desc, c.id desc", Contest.class)
                .setParameter("region", regionCode).getResultList();
    }

    /** A contest whose call is published, wherever it is, for anyone (a draft is not found). */
    public Optional<Contest> published(long id) {
        return wholeRegion.find(Contest.class, id, c -> c.getRegion().getCode()).filter(c -> c.getState().isPublic());
    }

    /** A published contest's results as everyone reads them, by nomination and place. */
    public List<ru.portal500.contests.domain.ContestAward> awards(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        // No path to the nomination in the query: its own tenant criteria would repeat the lines (see EntryRepository).
        return em.createQuery("select a from ContestAward a where a.contest = :contest",
                        ru.portal500.contests.domain.ContestAward.class)
                .setParameter("contest", contest).getResultStream().distinct()
                .sorted(java.util.Comparator.comparingInt((ru.portal500.contests.domain.ContestAward a)
                        -> a.getNomination().getPosition()).thenComparingInt(a -> a.getPosition()))
                .toList();
    }

    public void add(Collection<ru.portal500.contests.domain.ContestAward> awards) {
        awards.forEach(em::persist);
        em.flush();
    }

    /** A contest whose judging has opened, wherever it is: for system work (the search index), no caller's check. */
    public Optional<Contest> judged(long id) {
        return wholeRegion.find(Contest.class, id, c -> c.getRegion().getCode())
                .filter(c -> c.getJudgingOpenedAt() != null);
    }

    /** The ids of the contests whose judging has opened, of every region or of one (null: every one). */
    public List<Long> judgedIds(String regionCode) {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select c.id from Contest c where c.judgingOpenedAt is not null"
                        + " and (:region is null or c.region.code = :region) order by c.id", Long.class)
                .setParameter("region", regionCode).getResultList();
    }

    /** Published calls of every region (or one), newest first, for the public list. */
    public List<Contest> published(String regionCode) {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select c from Contest c join fetch c.region r where c.state <> :draft"
                        + " and (:region is null or r.code = :region) order by c.schoolYear desc, c.id desc",
                        Contest.class)
                .setParameter("draft", ru.portal500.contests.domain.ContestState.DRAFT)
                .setParameter("region", regionCode).getResultList();
    }

    /** Stores and writes at once: the id and the version are known to whoever shows the new contest. */
    public Contest add(Contest contest) {
        em.persist(contest);
        em.flush();
        return contest;
    }

    /** Lines of a contest's history, written once, one at a time (they are read back by time, then by id). */
    public void record(Collection<ContestChange> changes) {
        for (var change : changes) {
            em.persist(change);
            em.flush();
        }
    }

    /**
     * The history of a contest already found and checked: read within the contest's region, so an organiser who was
     * given this contest alone (and holds no place in its region) reads it too.
     */
    public List<ContestChange> changes(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        return em.createQuery("select c from ContestChange c where c.contest = :contest order by c.at, c.id",
                ContestChange.class).setParameter("contest", contest).getResultList();
    }

    /** Writes now, so that a concurrent change is told as such rather than as a failed commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("contests.error.changedMeanwhile");
        }
    }
}
