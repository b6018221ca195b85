package ru.portal500.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.IndicatorValue;
import ru.portal500.monitoring.domain.MonitoringReport;
import ru.portal500.monitoring.domain.MonitoringSettings;
import ru.portal500.monitoring.domain.ReportingExtension;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Indicators, entered values, reports and exceptions, within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ScopedToCaller
public class MonitoringRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The region's indicators, retired ones too, in their order. */
    public List<Indicator> indicators(String regionCode) {
        return em.createQuery("select i from Indicator i where i.regionCode = :region order by i.position, i.id",
                Indicator.class).setParameter("region", regionCode).getResultList();
    }

    public Optional<Indicator> indicator(String regionCode, long id) {
        return em.createQuery("select i from Indicator i where i.regionCode = :region and i.id = :id", Indicator.class)
                .setParameter("region", regionCode).setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<MonitoringSettings> settings(String regionCode) {
        return em.createQuery("select s from MonitoringSettings s where s.regionCode = :region",
                MonitoringSettings.class).setParameter("region", regionCode).getResultStream().findFirst();
    }

    public List<IndicatorValue> values(Campaign campaign, School school, LocalDate date) {
        return em.createQuery("select v from IndicatorValue v where v.campaign = :campaign and v.school = :school"
                        + " and v.monitoringDate = :date", IndicatorValue.class).setParameter("campaign", campaign)
                .setParameter("school", school).setParameter("date", date).getResultList();
    }

    /** A value of one school of an entered indicator at a date, as a row of the dashboard: school id, value. */
    public record Entered(long indicatorId, long schoolId, LocalDate date, BigDecimal value) {
    }

    /** Every value entered in the campaign that the caller sees, at every date. */
    public List<Entered> entered(Campaign campaign) {
        return em.createQuery("select v.indicator.id, v.school.id, v.monitoringDate, v.value from IndicatorValue v"
                        + " where v.campaign = :campaign and v.value is not null", Object[].class).setParameter("campaign", campaign)
                .getResultStream().map(r -> new Entered((Long) r[0], (Long) r[1], (LocalDate) r[2],
                        (BigDecimal) r[3])).toList();
    }

    /** A report of a school at a date, as the dashboard counts it. */
    public record Reported(long schoolId, LocalDate date, boolean onTime) {
    }

    public List<Reported> reported(Campaign campaign) {
        return em.createQuery("select r.school.id, r.monitoringDate, r.onTime from MonitoringReport r"
                        + " where r.campaign = :campaign", Object[].class).setParameter("campaign", campaign)
                .getResultStream().map(r -> new Reported((Long) r[0], (LocalDate) r[1], (Boolean) r[2])).toList();
    }

    public Optional<MonitoringReport> report(Campaign campaign, School school, LocalDate date) {
        return em.createQuery("select r from MonitoringReport r where r.campaign = :campaign and r.school = :school"
                        + " and r.monitoringDate = :date", MonitoringReport.class).setParameter("campaign", campaign)
                .setParameter("school", school).setParameter("date", date).getResultStream().findFirst();
    }

    public Optional<ReportingExtension> extension(Campaign campaign, School school, LocalDate date) {
        return em.createQuery("select e from ReportingExtension e where e.campaign = :campaign and e.school = :school"
                        + " and e.monitoringDate = :date", ReportingExtension.class).setParameter("campaign", campaign)
                .setParameter("school", school).setParameter("date", date).getResultStream().findFirst();
    }

    /** The campaign's exceptions the caller sees. */
    public List<ReportingExtension> extensions(Campaign campaign) {
        return em.createQuery("select e from ReportingExtension e join fetch e.school where e.campaign = :campaign",
                ReportingExtension.class).setParameter("campaign", campaign).getResultList();
    }

    /** Exceptions schools asked for that nobody granted since, oldest first, with their schools. */
    public List<ReportingExtension> askedFor() {
        return em.createQuery("select distinct e from ReportingExtension e join fetch e.school join fetch e.campaign"
                + " where e.requestedAt is not null and (e.grantedAt is null or e.grantedAt < e.requestedAt)"
                + " order by e.requestedAt", ReportingExtension.class).getResultList();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes now: a concurrent change is told as such (409); a duplicate (two reports at once) too. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("monitoring.error.changedMeanwhile");
        } catch (PersistenceException e) {
            if (e.getMessage() != null && e.getMessage().contains("Duplicate")) {
                throw new ConcurrentChangeException("monitoring.error.changedMeanwhile");
            }
            throw e;
        }
    }
}
