package ru.portal500.contests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.ConflictWaiver;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A contest's judging: its jury's seats, the reviews of its entries and the organiser's overrides of conflicts, and
 * what the conflicts of interest are computed from (the campaign's pairs, other entries' authors). Everything is read
 * within the contest's region after the contest (or the juror's grant of it) was found and checked by the caller:
 * a juror given a contest alone may have no place in its region. No query here joins and fetches an entity with
 * tenant criteria of its own, so no row is repeated per region.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class JudgingRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    public List<JurySeat> seats(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        return once(em.createQuery("select s from JurySeat s where s.nomination.contest = :contest"
                + " order by s.nomination.position, s.fullName, s.username", JurySeat.class)
                .setParameter("contest", contest).getResultList());
    }

    public Optional<JurySeat> seat(Contest contest, long seatId) {
        return seats(contest).stream().filter(s -> s.getId() == seatId).findFirst();
    }

    public List<EntryReview> reviews(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        return once(em.createQuery("select r from EntryReview r where r.entry.contest = :contest"
                + " order by r.entry.id, r.assignedAt, r.id", EntryReview.class)
                .setParameter("contest", contest).getResultList());
    }

    /** The reviews of a nomination's entries. */
    public List<EntryReview> reviewsIn(ru.portal500.contests.domain.Nomination nomination) {
        wholeRegion.enter(nomination.getContest().getRegion().getCode());
        return once(em.createQuery("select r from EntryReview r where r.entry.nomination = :nomination"
                + " order by r.entry.id, r.assignedAt, r.id", EntryReview.class)
                .setParameter("nomination", nomination).getResultList());
    }

    public List<EntryReview> reviewsOf(ContestEntry entry) {
        wholeRegion.enter(entry.getContest().getRegion().getCode());
        return once(em.createQuery("select r from EntryReview r where r.entry = :entry order by r.assignedAt, r.id",
                EntryReview.class).setParameter("entry", entry).getResultList());
    }

    /** A review of the contest by id (the contest already found and checked). */
    public Optional<EntryReview> review(Contest contest, long reviewId) {
        wholeRegion.enter(contest.getRegion().getCode());
        return em.createQuery("select r from EntryReview r where r.id = :id and r.entry.contest = :contest",
                EntryReview.class).setParameter("id", reviewId).setParameter("contest", contest)
                .getResultStream().findFirst();
    }

    /** A review by id within a region the caller holds a contest grant of; whose it is is the caller's check. */
    public Optional<EntryReview> granted(long reviewId, String regionCode) {
        wholeRegion.enter(regionCode);
        return Optional.ofNullable(em.find(EntryReview.class, reviewId))
                .filter(r -> r.getEntry().getContest().getRegion().getCode().equals(regionCode));
    }

    /** The juror's reviews in the given contests of a region, by due date then contest and entry. */
    public List<EntryReview> reviewsOfJuror(String username, String regionCode, Collection<Long> contestIds) {
        if (contestIds.isEmpty()) {
            return List.of();
        }
        wholeRegion.enter(regionCode);
        return once(em.createQuery("select r from EntryReview r where r.juror = :juror and r.entry.contest.id in :contests"
                        + " order by r.entry.contest.judgingUntil, r.entry.contest.id, r.entry.id", EntryReview.class)
                .setParameter("juror", username).setParameter("contests", Set.copyOf(contestIds)).getResultList());
    }

    public List<ConflictWaiver> waivers(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        return once(em.createQuery("select w from ConflictWaiver w where w.entry.contest = :contest order by w.id",
                ConflictWaiver.class).setParameter("contest", contest).getResultList());
    }

    /** The campaigns' pairs of the contest's region and school year, with their helpers. */
    public List<CuratorPair> pairs(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        List<CuratorPair> pairs = em.createQuery("select p from CuratorPair p left join fetch p.helpers"
                        + " where p.campaign in (select c from Campaign c where c.region = :region"
                        + " and c.schoolYear = :year)", CuratorPair.class)
                .setParameter("region", contest.getRegion()).setParameter("year", contest.getSchoolYear())
                .getResultList();
        return List.copyOf(new LinkedHashSet<>(pairs));
    }

    /**
     * The people named who authored an entry (not a draft) of the region's contests, each with their co-authors on it.
     */
    public List<Object[]> coAuthorships(Contest contest, Collection<String> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        wholeRegion.enter(contest.getRegion().getCode());
        return em.createQuery("select a.username, b.username from EntryAuthor a, EntryAuthor b"
                        + " where a.entry = b.entry and a.username <> b.username and a.username in :people"
                        + " and a.entry.contest.region = :region and a.entry.state <> ru.portal500.contests.domain.EntryState.DRAFT",
                Object[].class).setParameter("region", contest.getRegion()).setParameter("people", Set.copyOf(people))
                .getResultList();
    }

    /** The ids of the region's schools named by their scopes (people's home organisations), region-wide. */
    public Map<String, Long> schoolIds(String regionCode, Collection<Scope> schools) {
        Map<String, Long> ids = new HashMap<>();
        Set<String> keys = new HashSet<>();
        schools.stream().filter(s -> s.level() == Scope.Level.SCHOOL
                && s.region().equals(regionCode)).forEach(s -> keys.add(s.municipality() + "/" + s.school()));
        if (keys.isEmpty()) {
            return ids;
        }
        wholeRegion.enter(regionCode);
        em.createQuery("select concat(m.code, '/', s.code), s.id from School s join s.municipality m"
                        + " where m.region.code = :region and concat(m.code, '/', s.code) in :keys", Object[].class)
                .setParameter("region", regionCode).setParameter("keys", keys).getResultList()
                .forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** Where the region's schools named by id are: each one's municipality code and own code, region-wide. */
    public Map<Long, Scope> schoolPlaces(String regionCode,
                                                                             Collection<Long> schoolIds) {
        Map<Long, Scope> places = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return places;
        }
        wholeRegion.enter(regionCode);
        em.createQuery("select s.id, m.code, s.code from School s join s.municipality m"
                        + " where m.region.code = :region and s.id in :ids", Object[].class)
                .setParameter("region", regionCode).setParameter("ids", Set.copyOf(schoolIds)).getResultList()
                .forEach(row -> places.put(((Number) row[0]).longValue(),
                        Scope.ofSchool(regionCode, (String) row[1], (String) row[2])));
        return places;
    }

    public JurySeat add(JurySeat seat) {
        em.persist(seat);
        flush();
        return seat;
    }

    public EntryReview add(EntryReview review) {
        em.persist(review);
        flush();
        return review;
    }

    public ConflictWaiver add(ConflictWaiver waiver) {
        em.persist(waiver);
        flush();
        return waiver;
    }

    public void remove(Object record) {
        em.remove(record);
        flush();
    }

    /**
     * Each record once, in the order read: a path through an entity with tenant criteria of its own may repeat a
     * row (see {@code EntryRepository}); the judging's rules refuse a juror or an entry listed twice.
     */
    private static <T> List<T> once(List<T> rows) {
        return List.copyOf(new LinkedHashSet<>(rows));
    }

    /** Writes now, so that a concurrent change is told as such rather than as a failed commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("contests.review.error.changedMeanwhile");
        }
    }
}
