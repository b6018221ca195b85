package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.MeasureReminder;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;
import ru.portal500.tenancy.application.RegionReading;
import ru.portal500.tenancy.domain.Scope;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminders of a region's open roadmap measures ({@link MeasureReminder}): to the roadmap's owners (the school's
 * team, the municipality's coordinators, the region's operators) before the due date and once after it; to the
 * school's municipal coordinators (else the region's operators) after the region's days overdue. Each is sent once per
 * measure and due date, in the portal at once and by mail in the daily digest. Each region in its own transaction; one
 * failing does not stop the others.
 */
@ApplicationScoped
public class MeasureReminderRun {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
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

    public void remindAll() {
        List<String> codes;
        try {
            codes = regions.regionCodes();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Measure reminders: regions not read", e);
            return;
        }
        for (String region : codes) {
            try {
                self.remind(region, LocalDate.now(MOSCOW));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Measure reminders of region " + region + " failed", e);
            }
        }
    }

    /** @return how many reminders went out */
    @Transactional
    public int remind(String regionCode, LocalDate today) {
        return regions.within(regionCode, () -> {
            int escalateAfter = policies.isResolvable() ? policies.get().escalateAfterDays(regionCode)
                    : EscalationPolicy.DEFAULT_DAYS;
            int sent = 0;
            for (Measure measure : roadmaps.openMeasuresDueBy(today.plusDays(MeasureReminder.DAYS_BEFORE))) {
                for (MeasureReminder reminder : MeasureReminder.owed(measure, today, escalateAfter)) {
                    if (send(reminder, measure, today)) {
                        sent++;
                    }
                }
            }
            return sent;
        });
    }

    private boolean send(MeasureReminder reminder, Measure measure, LocalDate today) {
        Roadmap roadmap = measure.getRoadmap();
        List<String> arguments = List.of(measure.getPosition() + ". " + measure.getTitle(), owner(roadmap),
                DAY.format(measure.getDueOn()), String.valueOf(ChronoUnit.DAYS.between(measure.getDueOn(), today)));
        List<Recipient> to = reminder == MeasureReminder.ESCALATED ? coordinators(roadmap) : owners(roadmap);
        return notifications.remind(reminder.key(measure), to, "notification.roadmap.measure" + switch (reminder) {
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

    private List<Recipient> owners(Roadmap roadmap) {
        Role role = roadmap.getLevel() == RoadmapLevel.SCHOOL ? Role.SCHOOL_TEAM
                : roadmap.getLevel() == RoadmapLevel.MUNICIPALITY ? Role.MUNICIPAL_COORDINATOR : Role.REGIONAL_OPERATOR;
        return recipients.holding(role, roadmap.scope());
    }

    private List<Recipient> coordinators(Roadmap roadmap) {
        Scope municipality = roadmap.scope().parent().orElseThrow();
        List<Recipient> coordinators = recipients.holding(Role.MUNICIPAL_COORDINATOR, municipality);
        return coordinators.isEmpty() ? recipients.holding(Role.REGIONAL_OPERATOR, Scope.ofRegion(municipality.region()))
                : coordinators;
    }
}
