package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.domain.Role;
import ru.portal500.monitoring.domain.MonitoringSettings;
import ru.portal500.monitoring.domain.ReportReminder;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.RegionReminders;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.registry.application.CampaignRecords.SupportedSchool;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.infrastructure.ScheduledWork;
import ru.portal500.tenancy.application.RegionReading;
import ru.portal500.tenancy.domain.Scope;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The reminders of a region's monitoring reports ({@link ReportReminder}): to the team of each school that has not
 * reported at a date, in the last days of the window and once after the date; to each municipality's coordinators
 * (else the region's operators) once, the region's days after the date, with how many of its schools did not report.
 * In the portal at once, by mail in the daily digest. Each region in its own transaction.
 */
@ApplicationScoped
public class ReportReminderRun implements ScheduledWork, RegionReminders {

    @Override
    public String kind() {
        return "reports";
    }

    private static final Logger LOG = Logger.getLogger(ReportReminderRun.class.getName());

    @Inject
    RegionReading regions;

    @Inject
    CampaignRecords records;

    @Inject
    MonitoringRepository repository;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    ReportReminderRun self;

    @Override
    public long firstAfterSeconds() {
        return 80;
    }

    @Override
    public long everySeconds() {
        return 3600;
    }

    /** Every hour: the reports' reminders of every region. */
    @Override
    public void run() {
        remindAll();
    }

    public void remindAll() {
        RegionReminders.everyRegion(regions, self, LOG);
    }

    /** @return how many reminders went out */
    @Override
    @Transactional
    public int remind(String regionCode, LocalDate today) {
        return regions.within(regionCode, () -> {
            MonitoringSettings settings = catalogue.settingsOf(regionCode);
            int sent = 0;
            for (Campaign campaign : records.campaignsOf(regionCode)) {
                sent += remind(campaign, settings, today);
            }
            return sent;
        });
    }

    private int remind(Campaign campaign, MonitoringSettings settings, LocalDate today) {
        List<LocalDate> due = campaign.schedule().monitoringDates().stream()
                .filter(d -> !ReportReminder.owed(settings.window(d), today, settings.getEscalateAfterDays()).isEmpty())
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        List<SupportedSchool> schools = records.supportedSchools(campaign);
        Set<String> reported = repository.reported(campaign).stream().map(r -> r.schoolId() + "@" + r.date())
                .collect(Collectors.toSet());
        Map<String, Runnable> owed = new LinkedHashMap<>();
        int[] sent = {0};
        Map<String, List<Recipient>> holders = new java.util.HashMap<>();
        for (LocalDate date : due) {
            Set<ReportReminder> reminders = ReportReminder.owed(settings.window(date), today,
                    settings.getEscalateAfterDays());
            Map<Long, List<SupportedSchool>> missing = new LinkedHashMap<>();
            for (SupportedSchool school : schools) {
                if (reported.contains(school.id() + "@" + date)) {
                    continue;
                }
                missing.computeIfAbsent(school.municipalityId(), k -> new java.util.ArrayList<>()).add(school);
                for (ReportReminder reminder : reminders) {
                    if (reminder == ReportReminder.ESCALATED) {
                        continue;
                    }
                    String key = "report:" + campaign.getId() + ":" + school.id() + ":" + date + ":" + reminder;
                    owed.put(key, () -> sent[0] += notifications.remind(key,
                            holding(Role.SCHOOL_TEAM, scope(school), holders),
                            reminder == ReportReminder.DUE_SOON ? "notification.monitoring.reportDueSoon"
                                    : "notification.monitoring.reportMissed",
                            List.of(Dates.day(date), school.name()), "/app/monitoring-report.xhtml?school="
                                    + school.id() + "&campaign=" + campaign.getSchoolYear() + "&date=" + date) ? 1 : 0);
                }
            }
            if (reminders.contains(ReportReminder.ESCALATED)) {
                for (List<SupportedSchool> group : missing.values()) {
                    SupportedSchool first = group.get(0);
                    String key = "report:" + campaign.getId() + ":municipality:" + first.municipalityId() + ":" + date
                            + ":" + ReportReminder.ESCALATED;
                    owed.put(key, () -> sent[0] += notifications.remind(key, coordinators(first, holders),
                            "notification.monitoring.reportsEscalated", List.of(first.municipalityName(),
                                    String.valueOf(group.size()), Dates.day(date)),
                            "/app/monitoring.xhtml?municipality=" + first.municipalityId() + "&campaign="
                                    + campaign.getSchoolYear() + "&date=" + date) ? 1 : 0);
                }
            }
        }
        owed.keySet().removeAll(notifications.alreadyReminded(owed.keySet()));
        owed.values().forEach(Runnable::run);
        return sent[0];
    }

    private static Scope scope(SupportedSchool school) {
        String[] key = school.key().split("/");
        return Scope.ofSchool(key[0], key[1], key[2]);
    }

    private List<Recipient> coordinators(SupportedSchool school, Map<String, List<Recipient>> holders) {
        Scope municipality = scope(school).parent().orElseThrow();
        List<Recipient> coordinators = holding(Role.MUNICIPAL_COORDINATOR, municipality, holders);
        return coordinators.isEmpty() ? holding(Role.REGIONAL_OPERATOR, Scope.ofRegion(municipality.region()), holders)
                : coordinators;
    }

    /** The holders of the role at the place, asked of the directory once per run. */
    private List<Recipient> holding(Role role, Scope scope, Map<String, List<Recipient>> holders) {
        return holders.computeIfAbsent(role + "@" + scope, k -> recipients.holding(role, scope));
    }
}
