package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import jakarta.enterprise.inject.Instance;
import ru.portal500.notifications.application.RegionReminders;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A region's operator sends the reminders owed today at once rather than at the next hour (after moving a date, say):
 * the roadmaps' measures, the monitoring reports and the documents owed, each still once (every
 * {@link RegionReminders}).
 */
@ApplicationScoped
public class RemindersNow {

    @Inject
    AccessGuard guard;

    @Inject
    Instance<RegionReminders> kinds;

    /** How many reminders went out: of measures, of reports, of documents. */
    public record Sent(int measures, int reports, int documents) {
    }

    public Sent send(String regionCode) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "monitoring.reminders");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        Map<String, Integer> sent = new HashMap<>();
        for (RegionReminders kind : kinds) {
            sent.merge(kind.kind(), kind.remind(regionCode, today), Integer::sum);
        }
        return new Sent(sent.getOrDefault("measures", 0), sent.getOrDefault("reports", 0),
                sent.getOrDefault("documents", 0));
    }
}
