package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.roadmaps.application.MeasureReminderRun;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A region's operator sends the reminders owed today at once rather than at the next hour (after moving a date, say):
 * the roadmaps' measures and the monitoring reports, each still once ({@link MeasureReminderRun},
 * {@link ReportReminderRun}).
 */
@ApplicationScoped
public class RemindersNow {

    @Inject
    AccessGuard guard;

    @Inject
    MeasureReminderRun measures;

    @Inject
    ReportReminderRun reports;

    /** How many reminders went out: of measures, of reports. */
    public record Sent(int measures, int reports) {
    }

    public Sent send(String regionCode) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "monitoring.reminders");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        return new Sent(measures.remind(regionCode, today), reports.remind(regionCode, today));
    }
}
