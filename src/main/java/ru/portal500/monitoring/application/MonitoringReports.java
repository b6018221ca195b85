package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.IndicatorValue;
import ru.portal500.monitoring.domain.MonitoringReport;
import ru.portal500.monitoring.domain.MonitoringRights;
import ru.portal500.monitoring.domain.MonitoringRuleException;
import ru.portal500.monitoring.domain.ReportingExtension;
import ru.portal500.monitoring.domain.ReportingWindow;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A ШНОР's report at a monitoring date: the values of the entered indicators, given while the date's window is open
 * (or after it locked, under the coordinator's exception, until its day), and the report that says they are all
 * given. Every value keeps who and when and its changes. Each step is one transaction, all or nothing.
 */
@ApplicationScoped
public class MonitoringReports {

    @Inject
    ExceptionNotices notices;

    @Inject
    AccessGuard guard;

    @Inject
    SupportedSchools schools;

    @Inject
    MonitoringRepository repository;

    @Inject
    IndicatorCatalogue catalogue;

    Clock clock = Clock.systemDefaultZone();

    public record Change(BigDecimal from, BigDecimal to, String by, Instant at) implements Serializable {
    }

    /** An entered indicator's line of the sheet: its value at the date (none yet: null) and its story. */
    public record Line(long indicatorId, String code, String title, String unit, BigDecimal target, String direction,
                       BigDecimal value, String enteredBy, Instant enteredAt, boolean underException,
                       List<Change> changes) implements Serializable {
    }

    /**
     * An exception for the school at the date: granted (until, reason, by, at) and/or asked for by the school (the day
     * and reason it asked, who, when); {@code askedFor} while nobody granted it since.
     */
    public record Extension(LocalDate until, String reason, String by, Instant at, LocalDate requestedUntil,
                            String requestReason, String requestedBy, Instant requestedAt, boolean askedFor)
            implements Serializable {
        static Extension of(ReportingExtension e) {
            return new Extension(e.getUntil(), e.getReason(), e.getGrantedByName(), e.getGrantedAt(),
                    e.getRequestedUntil(), e.getRequestReason(), e.getRequestedByName(), e.getRequestedAt(),
                    e.isAskedFor());
        }
    }

    /**
     * The school's sheet at a monitoring date: the campaign's dates, where the date's window stands today and when it
     * opens, the exception if any, what the caller may do, the lines, and the report once submitted (who, when, on
     * time).
     */
    public record Sheet(long schoolId, String school, int year, LocalDate date, List<LocalDate> dates, String phase,
                        LocalDate opensOn, Extension extension, MonitoringRights rights, boolean mayReportNow,
                        List<Line> lines, String reportedBy, Instant reportedAt, Boolean reportedOnTime,
                        boolean archived) implements Serializable {
    }

    private record Place(Campaign campaign, School school, MonitoringRights rights, LocalDate date,
                         ReportingWindow window) {
    }

    @Transactional
    public Sheet sheet(Long schoolId, Integer year, LocalDate date) {
        return sheet(place(schoolId, year, date));
    }

    /**
     * Enters the values (indicator id to value; null takes a value back, an absent id leaves it as it is), all or
     * nothing: refused outside the window without an exception.
     */
    @Transactional
    public Sheet enter(Long schoolId, Integer year, LocalDate date, Map<Long, BigDecimal> values) {
        Place place = place(schoolId, year, date);
        guard.require(place.rights().mayEnter(), place.school().scope(), "monitoring.enter");
        requireCurrent(place);
        boolean late = requireOpen(place);
        Map<Long, Indicator> entered = entered(place).stream()
                .collect(Collectors.toMap(Indicator::getId, Function.identity()));
        Map<Long, IndicatorValue> present = repository.values(place.campaign(), place.school(), place.date()).stream()
                .collect(Collectors.toMap(v -> v.getIndicator().getId(), Function.identity()));
        ChangeStamp by = schools.stamp();
        for (Map.Entry<Long, BigDecimal> given : values.entrySet()) {
            Indicator indicator = entered.get(given.getKey());
            if (indicator == null) {
                throw new MonitoringRuleException("monitoring.error.noSuchIndicator");
            }
            IndicatorValue value = present.get(indicator.getId());
            if (value == null && given.getValue() == null) {
                continue;
            }
            if (value == null) {
                repository.add(new IndicatorValue(indicator, place.campaign(), place.school(), place.date(),
                        given.getValue(), late, by));
            } else {
                value.change(given.getValue(), late, by);
            }
        }
        repository.flush();
        return sheet(place);
    }

    /** The report at the date: every entered indicator has its value; once only. */
    @Transactional
    public Sheet submit(Long schoolId, Integer year, LocalDate date) {
        Place place = place(schoolId, year, date);
        guard.require(place.rights().mayEnter(), place.school().scope(), "monitoring.report");
        requireCurrent(place);
        requireOpen(place);
        if (repository.report(place.campaign(), place.school(), place.date()).isPresent()) {
            throw new MonitoringRuleException("monitoring.error.alreadyReported");
        }
        List<Long> given = repository.values(place.campaign(), place.school(), place.date()).stream()
                .filter(v -> v.getValue() != null).map(v -> v.getIndicator().getId()).toList();
        String missing = entered(place).stream().filter(i -> !given.contains(i.getId())).map(Indicator::getTitle)
                .collect(Collectors.joining("; "));
        if (!missing.isEmpty()) {
            throw new MonitoringRuleException("monitoring.error.valuesMissing", missing);
        }
        repository.add(new MonitoringReport(place.campaign(), place.school(), place.date(), today(), schools.stamp()));
        repository.flush();
        return sheet(place);
    }

    /** The school's team asks its coordinator for an exception after the lock: until a day, for a reason. */
    @Transactional
    public Sheet askForException(Long schoolId, Integer year, LocalDate date, LocalDate until, String reason) {
        Place place = place(schoolId, year, date);
        guard.require(place.rights().mayEnter(), place.school().scope(), "monitoring.exception.ask");
        requireCurrent(place);
        if (place.window().phase(today()) != ReportingWindow.Phase.LOCKED) {
            throw new MonitoringRuleException("monitoring.error.notLocked");
        }
        if (repository.report(place.campaign(), place.school(), place.date()).isPresent()) {
            throw new MonitoringRuleException("monitoring.error.alreadyReported");
        }
        if (until == null) {
            throw new MonitoringRuleException("monitoring.error.exceptionUntil");
        }
        ReportingExtension extension = repository.extension(place.campaign(), place.school(), place.date())
                .orElseGet(() -> repository.add(new ReportingExtension(place.campaign(), place.school(),
                        place.date())));
        extension.request(until, reason, today(), schools.stamp());
        repository.flush();
        notices.asked(place.campaign(), place.school(), place.date(), until, reason);
        return sheet(place);
    }

    /** The coordinator's (or operator's) exception for the school at the date: until a day, for a reason. */
    @Transactional
    public Sheet grant(Long schoolId, Integer year, LocalDate date, LocalDate until, String reason) {
        Place place = place(schoolId, year, date);
        guard.require(place.rights().mayGrant(), place.school().scope(), "monitoring.exception");
        requireCurrent(place);
        if (until == null) {
            throw new MonitoringRuleException("monitoring.error.exceptionUntil");
        }
        ReportingExtension extension = repository.extension(place.campaign(), place.school(), place.date())
                .orElseGet(() -> repository.add(new ReportingExtension(place.campaign(), place.school(),
                        place.date())));
        ChangeStamp by = schools.stamp();
        extension.grant(until, reason, today(), by);
        repository.flush();
        notices.granted(place.campaign(), place.school(), place.date(), until, reason, by.name());
        return sheet(place);
    }

    /** A rolled-over year is an archive: its reports are read, never entered or changed. */
    private static void requireCurrent(Place place) {
        if (place.campaign().isArchived()) {
            throw new MonitoringRuleException("monitoring.error.archived",
                    SchoolYear.label(place.campaign().getSchoolYear()));
        }
    }

    private Place place(Long schoolId, Integer year, LocalDate date) {
        School school = schools.school(schoolId);
        MonitoringRights rights = MonitoringRights.of(guard.caller(), school.scope());
        guard.require(rights.mayRead(), school.scope(), "monitoring.read");
        Campaign campaign = schools.target(school, Optional.ofNullable(year), "monitoring.error.notSupported")
                .campaign();
        List<LocalDate> dates = campaign.schedule().monitoringDates();
        if (dates.isEmpty()) {
            throw new MonitoringRuleException("monitoring.error.noDates");
        }
        LocalDate chosen = date != null ? date : dates.stream().filter(d -> !d.isBefore(today())).findFirst()
                .orElse(dates.get(dates.size() - 1));
        if (!dates.contains(chosen)) {
            throw new MonitoringRuleException("monitoring.error.notADate", Dates.day(chosen));
        }
        String region = school.getMunicipality().getRegion().getCode();
        return new Place(campaign, school, rights, chosen, catalogue.settingsOf(region).window(chosen));
    }

    /** Refuses outside the window without an exception; whether the entry is late (under an exception). */
    private boolean requireOpen(Place place) {
        Optional<ReportingWindow.Exception> exception = repository.extension(place.campaign(), place.school(),
                place.date()).flatMap(ReportingExtension::asException);
        place.window().requireOpen(today(), exception);
        return place.window().phase(today()) == ReportingWindow.Phase.LOCKED;
    }

    private List<Indicator> entered(Place place) {
        return catalogue.ensured(place.campaign().getRegion().getCode()).stream()
                .filter(i -> i.isEntered() && !i.isRetired()).toList();
    }

    private Sheet sheet(Place place) {
        Map<Long, IndicatorValue> values = repository.values(place.campaign(), place.school(), place.date()).stream()
                .collect(Collectors.toMap(v -> v.getIndicator().getId(), Function.identity()));
        List<Line> lines = entered(place).stream().map(i -> line(i, values.get(i.getId()))).toList();
        Optional<ReportingExtension> extension = repository.extension(place.campaign(), place.school(), place.date());
        Optional<MonitoringReport> report = repository.report(place.campaign(), place.school(), place.date());
        ReportingWindow.Phase phase = place.window().phase(today());
        boolean open = phase == ReportingWindow.Phase.OPEN || phase == ReportingWindow.Phase.LOCKED
                && extension.filter(e -> e.isGranted() && !today().isAfter(e.getUntil())).isPresent();
        MonitoringRights rights = place.campaign().isArchived()
                ? new MonitoringRights(place.rights().mayRead(), false, false) : place.rights();
        return new Sheet(place.school().getId(), place.school().getName(), place.campaign().getSchoolYear(),
                place.date(), place.campaign().schedule().monitoringDates(), phase.name(), place.window().opensOn(),
                extension.map(Extension::of).orElse(null), rights, open && rights.mayEnter(), lines,
                report.map(MonitoringReport::getSubmittedByName).orElse(null),
                report.map(MonitoringReport::getSubmittedAt).orElse(null),
                report.map(MonitoringReport::isOnTime).orElse(null), place.campaign().isArchived());
    }

    private static Line line(Indicator indicator, IndicatorValue value) {
        return new Line(indicator.getId(), indicator.getCode(), indicator.getTitle(), indicator.getUnit().name(),
                indicator.target().target(), indicator.target().direction().name(),
                value == null ? null : value.getValue(), value == null ? null : value.getEnteredByName(),
                value == null ? null : value.getEnteredAt(), value != null && value.isUnderException(),
                value == null ? List.of() : value.getChanges().stream().map(c -> new Change(c.getOldValue(),
                        c.getNewValue(), c.getByName(), c.getChangedAt())).toList());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
