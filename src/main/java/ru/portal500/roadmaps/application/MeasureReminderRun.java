package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.RegionReminders;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.MeasureReminder;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;
import ru.portal500.shared.infrastructure.ScheduledWork;
import ru.portal500.tenancy.application.RegionReading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The reminders of a region's open roadmap measures ({@link MeasureReminder}): to the roadmap's owners (the school's
 * team, the municipality's coordinators, the region's operators) and the person named responsible before the due date and once after it; to the
 * school's municipal coordinators (else the region's operators) after the region's days overdue. Each is sent once per
 * measure and due date, in the portal at once and by mail in the daily digest. Each region in its own transaction; one
 * failing does not stop the others.
 */
@ApplicationScoped
public class MeasureReminderRun implements ScheduledWork, RegionReminders {

    @Override
    public String kind() {
        return "measures";
    }
    private static final Logger LOG = Logger.getLogger(MeasureReminderRun.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    RegionReading regions;

    @Inject
    RoadmapRepository roadmaps;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    Instance<EscalationPolicy> policies;

    @Inject
    MeasureReminderRun self;

    @Override
    public long firstAfterSeconds() {
        return 75;
    }

    @Override
    public long everySeconds() {
        return 3600;
    }

    /** Every hour: the measures' reminders of every region. */
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
            int escalateAfter = policies.isResolvable() ? policies.get().escalateAfterDays(regionCode)
                    : EscalationPolicy.DEFAULT_DAYS;
            Map<String, Owed> owed = new LinkedHashMap<>();
            for (Measure measure : roadmaps.openMeasuresDueBetween(MeasureReminder.earliestDue(today, escalateAfter),
                    today.plusDays(MeasureReminder.DAYS_BEFORE))) {
                for (MeasureReminder reminder : MeasureReminder.owed(measure, today, escalateAfter)) {
                    owed.put(reminder.key(measure), new Owed(reminder, measure));
                }
            }
            owed.keySet().removeAll(notifications.alreadyReminded(owed.keySet()));
            Recipients.Run holders = recipients.run();
            int sent = 0;
            for (Map.Entry<String, Owed> entry : owed.entrySet()) {
                if (send(entry.getKey(), entry.getValue(), today, holders)) {
                    sent++;
                }
            }
            return sent;
        });
    }

    private record Owed(MeasureReminder reminder, Measure measure) {
    }

    private boolean send(String key, Owed owed, LocalDate today, Recipients.Run holders) {
        Measure measure = owed.measure();
        Roadmap roadmap = measure.getRoadmap();
        List<String> arguments = List.of(measure.getPosition() + ". " + measure.getTitle(), owner(roadmap),
                DAY.format(measure.getDueOn()), String.valueOf(ChronoUnit.DAYS.between(measure.getDueOn(), today)));
        List<Recipient> to = owed.reminder() == MeasureReminder.ESCALATED ? holders.escalation(roadmap.scope())
                : owners(measure, holders);
        return notifications.remind(key, to, "notification.roadmap.measure" + switch (owed.reminder()) {
            case DUE_SOON -> "DueSoon";
            case OVERDUE -> "Overdue";
            case ESCALATED -> "Escalated";
        }, arguments, "/app/roadmap.xhtml?id=" + roadmap.getId());
    }

    private static String owner(Roadmap roadmap) {
        return roadmap.getSchool() != null ? roadmap.getSchool().getName()
                : roadmap.getMunicipality() != null ? roadmap.getMunicipality().getName()
                : roadmap.getCampaign().getRegion().getName();
    }

    /** The roadmap's keepers and the person named responsible for the measure, if one is. */
    private static List<Recipient> owners(Measure measure, Recipients.Run holders) {
        Roadmap roadmap = measure.getRoadmap();
        Role role = roadmap.getLevel() == RoadmapLevel.SCHOOL ? Role.SCHOOL_TEAM
                : roadmap.getLevel() == RoadmapLevel.MUNICIPALITY ? Role.MUNICIPAL_COORDINATOR : Role.REGIONAL_OPERATOR;
        List<Recipient> owners = new java.util.ArrayList<>(holders.holding(role, roadmap.scope()));
        measure.responsiblePerson().ifPresent(login -> owners.addAll(holders.named(login)));
        return owners;
    }
}
