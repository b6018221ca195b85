package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.monitoring.domain.ReportingWindow;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.Territories;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Monitoring's part of the work list: for a school's team, the report it owes at the campaign's next monitoring date
 * once that date's window is open (or opens within a week), until it is submitted; a report owed at a locked
 * date while an exception lets the school give it; a report missed at a locked date (to ask for an exception); for a coordinator (and the regional operator) the exceptions
 * schools asked for that nobody granted yet.
 */
@ApplicationScoped
public class MonitoringWork implements WorkSource {

    public static final String REPORTS = "monitoring.reports";
    public static final String EXCEPTIONS = "monitoring.exceptions";

    /** A window opening within this many days makes its report work now. */
    static final int DAYS_AHEAD = 7;

    @Inject
    Territories territories;

    @Inject
    CampaignRecords records;

    @Inject
    MonitoringRepository repository;

    @Inject
    IndicatorCatalogue catalogue;

    Clock clock = Clock.systemDefaultZone();

    @Override
    @Transactional
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        if (caller.hasAnyRole(java.util.EnumSet.of(Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_OPERATOR))) {
            groups.add(WorkGroup.of(EXCEPTIONS, repository.askedFor().stream()
                    .filter(e -> ru.portal500.monitoring.domain.MonitoringRights.of(caller, e.getSchool().scope())
                            .mayGrant())
                    .map(e -> new WorkItem(Texts.get(locale, "work.monitoring.exception", Dates.day(
                            e.getMonitoringDate()), Dates.day(e.getRequestedUntil())), e.getSchool().getName(),
                            "/app/monitoring-report.xhtml?school=" + e.getSchool().getId() + "&campaign="
                                    + e.getCampaign().getSchoolYear() + "&date=" + e.getMonitoringDate(),
                            e.getRequestedAt(), e.getRequestedUntil())).toList()));
        }
        if (!caller.hasRole(Role.SCHOOL_TEAM)) {
            return groups;
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        for (Scope scope : caller.scopesOf(List.of(Role.SCHOOL_TEAM))) {
            if (scope.level() != Scope.Level.SCHOOL) {
                continue;
            }
            Optional<School> school = territories.findSchool(scope.region(), scope.municipality(), scope.school());
            Optional<Campaign> campaign = records.campaignsOf(scope.region()).stream().findFirst();
            if (school.isEmpty() || campaign.isEmpty() || !records.statusOf(campaign.get(), school.get())
                    .map(SchoolStatus::isSupported).orElse(false)) {
                continue;
            }
            var settings = catalogue.settingsOf(scope.region());
            for (LocalDate date : campaign.get().schedule().monitoringDates()) {
                ReportingWindow window = settings.window(date);
                boolean soon = !today.isAfter(date) && !today.plusDays(DAYS_AHEAD).isBefore(window.opensOn());
                boolean excepted = today.isAfter(date) && repository.extension(campaign.get(), school.get(), date)
                        .filter(e -> e.isGranted() && !today.isAfter(e.getUntil())).isPresent();
                boolean missed = today.isAfter(date) && !excepted;
                if ((soon || excepted || missed) && repository.report(campaign.get(), school.get(), date).isEmpty()) {
                    items.add(new WorkItem(Texts.get(locale, missed ? "work.monitoring.missed" : "work.monitoring.report",
                            Dates.day(date)), school.get().getName(), "/app/monitoring-report.xhtml?school="
                            + school.get().getId() + "&campaign=" + campaign.get().getSchoolYear() + "&date=" + date,
                            null, excepted ? repository.extension(campaign.get(), school.get(), date).orElseThrow()
                            .getUntil() : date));
                }
            }
        }
        groups.add(WorkGroup.of(REPORTS, items));
        return groups;
    }
}
