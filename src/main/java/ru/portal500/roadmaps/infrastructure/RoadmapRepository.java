package ru.portal500.roadmaps.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.roadmaps.domain.Completion;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.RoadmapState;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Roadmaps within the caller's scope (a roadmap outside it is not found). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class RoadmapRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Roadmap> find(long id) {
        return em.createQuery("select r from Roadmap r where r.id = :id", Roadmap.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The campaign's roadmap of a school, a municipality or the region, by its owner's key ("64/atkarsky/atk-1"). */
    public Optional<Roadmap> find(Campaign campaign, String ownerKey) {
        return em.createQuery("select r from Roadmap r where r.campaign = :campaign and r.ownerKey = :owner",
                Roadmap.class).setParameter("campaign", campaign).setParameter("owner", ownerKey)
                .getResultStream().findFirst();
    }

    /** The campaign's roadmaps the caller sees, with their schools and municipalities. */
    public List<Roadmap> ofCampaign(Campaign campaign) {
        return em.createQuery("select r from Roadmap r left join fetch r.school left join fetch r.municipality"
                + " where r.campaign = :campaign order by r.ownerKey", Roadmap.class)
                .setParameter("campaign", campaign).getResultList();
    }

    /**
     * The campaign's schools' roadmaps the caller sees, as rows: id, the school's key ("64/atkarsky/atk-1") and the
     * version, which every change of the roadmap or of one of its measures raises (they all go through the roadmap).
     */
    public List<Object[]> schoolRoadmapVersions(Campaign campaign) {
        return em.createQuery("select r.id, r.schoolKey, r.version from Roadmap r where r.campaign = :campaign"
                        + " and r.level = :school", Object[].class).setParameter("campaign", campaign)
                .setParameter("school", RoadmapLevel.SCHOOL).getResultList();
    }

    /**
     * Per roadmap of the campaign asked about (all of them the caller sees when {@code ids} is empty), over its
     * measures not cancelled: for each date, how many were due by it and how many of those were done on time
     * (confirmed, done by their due date); and how many are overdue today (due before it, not confirmed done). One
     * grouped query: the roadmap's id, then the pairs, then the overdue; a roadmap without such measures has no row.
     */
    public List<Object[]> measureCounts(Campaign campaign, List<LocalDate> dates, LocalDate today,
                                        java.util.Collection<Long> ids) {
        StringBuilder jpql = new StringBuilder("select r.id");
        for (int i = 0; i < dates.size(); i++) {
            jpql.append(", sum(case when m.dueOn <= :d").append(i).append(" then 1 else 0 end)")
                    .append(", sum(case when m.dueOn <= :d").append(i).append(" and m.completion = :confirmed")
                    .append(" and m.doneOn <= m.dueOn then 1 else 0 end)");
        }
        jpql.append(", sum(case when m.dueOn < :today and m.completion <> :confirmed then 1 else 0 end)")
                .append(" from Roadmap r join r.measures m where r.campaign = :campaign and r.level = :school")
                .append(" and m.cancelled = false").append(ids.isEmpty() ? "" : " and r.id in :ids")
                .append(" group by r.id");
        var query = em.createQuery(jpql.toString(), Object[].class).setParameter("campaign", campaign)
                .setParameter("school", RoadmapLevel.SCHOOL).setParameter("confirmed", Completion.CONFIRMED)
                .setParameter("today", today);
        if (!ids.isEmpty()) {
            query.setParameter("ids", List.copyOf(ids));
        }
        for (int i = 0; i < dates.size(); i++) {
            query.setParameter("d" + i, dates.get(i));
        }
        return query.getResultList();
    }

    /** Schools' roadmaps waiting for their curator's check, oldest submission first, with their schools. */
    public List<Roadmap> submitted() {
        return em.createQuery("select distinct r from Roadmap r join fetch r.school where r.state = :state"
                + " order by r.submittedAt", Roadmap.class).setParameter("state", RoadmapState.SUBMITTED).getResultList();
    }

    /** Measures of every roadmap in scope not done nor cancelled, due by the day, with their roadmaps and places. */
    public List<Measure> openMeasuresDueBy(LocalDate day) {
        return em.createQuery("select distinct m from Roadmap r join r.measures m join fetch m.roadmap rr"
                + " left join fetch rr.school left join fetch rr.municipality where m.dueOn <= :day"
                + " and m.completion <> :confirmed and m.cancelReason is null order by m.dueOn", Measure.class)
                .setParameter("day", day).setParameter("confirmed", Completion.CONFIRMED).getResultList();
    }

    /** Measures of every roadmap in scope not done nor cancelled, due from one day to another, with their places. */
    public List<Measure> openMeasuresDueBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct m from Roadmap r join r.measures m join fetch m.roadmap rr"
                + " left join fetch rr.school left join fetch rr.municipality where m.dueOn between :from and :to"
                + " and m.completion <> :confirmed and m.cancelReason is null order by m.dueOn", Measure.class)
                .setParameter("from", from).setParameter("to", to).setParameter("confirmed", Completion.CONFIRMED)
                .getResultList();
    }

    /** Measures of schools' roadmaps reported done, waiting for their checker to confirm the evidence. */
    public List<Measure> reportedMeasures() {
        return em.createQuery("select distinct m from Roadmap r join r.measures m join fetch m.roadmap rr join fetch rr.school"
                + " where r.level = :school and m.completion = :reported order by m.dueOn", Measure.class)
                .setParameter("school", RoadmapLevel.SCHOOL).setParameter("reported", Completion.REPORTED)
                .getResultList();
    }

    public Roadmap add(Roadmap roadmap) {
        em.persist(roadmap);
        return roadmap;
    }

    /** Writes now, so that a concurrent change (two curators confirming at once) is told as such. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("roadmaps.error.changedMeanwhile");
        }
    }
}
