package ru.portal500.contests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contests' entries. An entry is found in the caller's scope (the contest's region); a contest's organiser or juror
 * given that contest alone reads its entries within the contest's region, after the contest was found and checked
 * ({@link #entries}, {@link #inContest}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class EntryRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    public Optional<ContestEntry> entry(long id) {
        return em.createQuery("select e from ContestEntry e join fetch e.contest c join fetch c.region"
                + " where e.id = :id", ContestEntry.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** An entry wherever it is, for system work (the near-copy index); what is read of it next is within its region. */
    public Optional<ContestEntry> anywhere(long id) {
        return wholeRegion.find(ContestEntry.class, id, e -> e.getContest().getRegion().getCode());
    }

    /** The ids of every entry the organisers see (no draft), for a rebuild of derived data. */
    public List<Long> seenIds() {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select e.id from ContestEntry e where e.state <> :draft order by e.id", Long.class)
                .setParameter("draft", ru.portal500.contests.domain.EntryState.DRAFT).getResultList();
    }

    /**
     * An entry of a contest the caller holds a grant of (its organiser or juror), read within the grant's region:
     * the caller may have no place in it. Whether the grant lets them read the entry is the caller's check.
     */
    public Optional<ContestEntry> granted(long id, String regionCode) {
        wholeRegion.enter(regionCode);
        return entry(id).filter(e -> e.getContest().getRegion().getCode().equals(regionCode));
    }

    /** An entry of a contest already found and checked, read within the contest's region. */
    public Optional<ContestEntry> inContest(Contest contest, long id) {
        wholeRegion.enter(contest.getRegion().getCode());
        return entry(id).filter(e -> e.getContest().getId().equals(contest.getId()));
    }

    /** The entries of a contest the organisers see (every one but drafts), by nomination, then as submitted. */
    public List<ContestEntry> entries(Contest contest) {
        wholeRegion.enter(contest.getRegion().getCode());
        // Distinct: with the nomination's own tenant criteria, the fetch join repeated each entry once per region.
        return distinct(em.createQuery("select distinct e from ContestEntry e join fetch e.nomination n"
                        + " where e.contest = :contest and e.state <> :draft order by n.position, e.submittedAt, e.id",
                        ContestEntry.class)
                .setParameter("contest", contest).setParameter("draft", EntryState.DRAFT).getResultList());
    }

    /** The entries of the contest (not drafts) naming the person as an author, read within the contest's region. */
    public List<ContestEntry> authoredBy(Contest contest, String username) {
        wholeRegion.enter(contest.getRegion().getCode());
        return distinct(em.createQuery("select distinct e from ContestEntry e join e.authors a where e.contest = :contest"
                        + " and a.username = :username and e.state <> :draft", ContestEntry.class)
                .setParameter("contest", contest).setParameter("username", username)
                .setParameter("draft", EntryState.DRAFT).getResultList());
    }

    /**
     * The entries the caller takes part in: opened by them, entered by a school whose team they are in, or naming
     * them as an author; newest first.
     */
    public List<ContestEntry> ofEntrant(String username, Collection<String> teamSchools) {
        Set<String> schools = teamSchools.isEmpty() ? Set.of("-") : new HashSet<>(teamSchools);
        return em.createQuery("select distinct e from ContestEntry e join fetch e.contest c join fetch c.region"
                        + " left join e.authors a where e.entrant = :me or a.username = :me"
                        + " or (e.kind = :school and e.schoolPath in :schools) order by e.createdAt desc, e.id desc",
                        ContestEntry.class)
                .setParameter("me", username).setParameter("school", EntrantKind.SCHOOL)
                .setParameter("schools", schools).getResultList();
    }

    /**
     * The submitted entries waiting for the eligibility check in the contests of these regions and these contests
     * (the caller's own lists: the regions they organise contests in, the contests they were given), oldest first.
     */
    public List<ContestEntry> awaitingCheck(Collection<String> regionCodes, Collection<Long> contestIds) {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select distinct e from ContestEntry e join fetch e.contest c join fetch c.region r"
                        + " where e.state = :submitted and (r.code in :regions or c.id in :contests)"
                        + " order by e.submittedAt, e.id", ContestEntry.class)
                .setParameter("submitted", EntryState.SUBMITTED)
                .setParameter("regions", regionCodes.isEmpty() ? Set.of("-") : Set.copyOf(regionCodes))
                .setParameter("contests", contestIds.isEmpty() ? Set.of(-1L) : Set.copyOf(contestIds))
                .setMaxResults(500).getResultList();
    }

    /**
     * The drafts not yet reminded in contests whose entries close between these days, wherever they are: the
     * system's own reminders, never shown as a list.
     */
    public List<ContestEntry> draftsClosingBetween(java.time.LocalDate first, java.time.LocalDate last) {
        wholeRegion.enterEveryRegion();
        return em.createQuery("select distinct e from ContestEntry e join fetch e.contest c join fetch c.region"
                        + " where e.state = :draft and e.deadlineReminded = false and c.entriesCloseOn between :first"
                        + " and :last order by e.id", ContestEntry.class)
                .setParameter("draft", EntryState.DRAFT).setParameter("first", first).setParameter("last", last)
                .getResultList();
    }

    /** How many entries, drafts included, name the nomination. */
    public long countIn(Nomination nomination) {
        wholeRegion.enter(nomination.getContest().getRegion().getCode());
        return em.createQuery("select count(distinct e) from ContestEntry e where e.nomination = :nomination", Long.class)
                .setParameter("nomination", nomination).getSingleResult();
    }

    /**
     * For each of these contents, the other entries (not drafts, not withdrawn) of any contest of the region that
     * hold a file with it: the same file entered twice.
     */
    public Map<String, List<ContestEntry>> holdingFiles(String regionCode, Collection<String> sha256s) {
        Map<String, List<ContestEntry>> holders = new HashMap<>();
        if (sha256s.isEmpty()) {
            return holders;
        }
        wholeRegion.enter(regionCode);
        List<Object[]> rows = em.createQuery("select f.sha256, e from ContestEntry e join e.files f"
                        + " where f.sha256 in :shas and e.state not in :gone", Object[].class)
                .setParameter("shas", Set.copyOf(sha256s))
                .setParameter("gone", List.of(EntryState.DRAFT, EntryState.WITHDRAWN)).getResultList();
        for (Object[] row : rows) {
            holders.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((ContestEntry) row[1]);
        }
        return holders;
    }

    /** The entries once each, in their order. */
    private static List<ContestEntry> distinct(List<ContestEntry> entries) {
        return List.copyOf(new java.util.LinkedHashSet<>(entries));
    }

    public ContestEntry add(ContestEntry entry) {
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Deletes a draft nobody else has seen, with its authors and files (their stored content stays, shared). */
    public void remove(ContestEntry draft) {
        em.remove(draft);
        flush();
    }

    /** Writes now, so that a concurrent change is told as such rather than as a failed commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("contests.entry.error.changedMeanwhile");
        }
    }

    /**
     * Per school, how many entries it submitted (not withdrawn, not refused) to the region's contests of the school
     * year by the end of the day; only for the schools asked about (the monitoring dashboard's, already in scope).
     */
    public java.util.Map<Long, Long> submittedBySchool(String regionCode, int schoolYear, java.time.Instant before,
                                                       Collection<Long> schoolIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (schoolIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select e.id, e.schoolId from ContestEntry e where e.contest.region.code = :region"
                        + " and e.contest.schoolYear = :year and e.submittedAt < :before and e.state in :states",
                        Object[].class).setParameter("region", regionCode).setParameter("year", schoolYear)
                .setParameter("before", before).setParameter("states", java.util.List.of(
                        ru.portal500.contests.domain.EntryState.SUBMITTED, ru.portal500.contests.domain.EntryState.RETURNED,
                        ru.portal500.contests.domain.EntryState.ADMITTED))
                .getResultStream().collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1],
                        (a, b) -> a)).values().stream().filter(schoolIds::contains)
                .forEach(school -> counts.merge(school, 1L, Long::sum));
        return counts;
    }
}
