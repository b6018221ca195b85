package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.domain.DueDocument;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.RegionReminders;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.roadmaps.application.EscalationPolicy;
import ru.portal500.shared.domain.DueReminder;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.infrastructure.ScheduledWork;
import ru.portal500.tenancy.application.RegionReading;
import ru.portal500.tenancy.application.Territories;
import ru.portal500.tenancy.domain.School;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The reminders of the documents each supported school still owes in its region's campaigns not archived (not
 * uploaded, a draft, or returned): to the school's team {@value DueReminder#DAYS_BEFORE} days before the due date and once
 * after it, and to its municipal coordinators (else the region's operators) after the region's days overdue
 * ({@link DueReminder}). Each is sent once per school, document and due date, in the portal at once and by mail in the
 * daily digest. Each region in its own transaction; one failing does not stop the others.
 */
@ApplicationScoped
public class DocumentReminderRun implements ScheduledWork, RegionReminders {

    @Override
    public String kind() {
        return "documents";
    }
    private static final Logger LOG = Logger.getLogger(DocumentReminderRun.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    RegionReading regions;

    @Inject
    CampaignRecords records;

    @Inject
    Territories territories;

    @Inject
    DocumentBoard board;

    @Inject
    DocumentRepository documents;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    Instance<EscalationPolicy> policies;

    @Inject
    DocumentReminderRun self;

    @Override
    public long firstAfterSeconds() {
        return 105;
    }

    @Override
    public long everySeconds() {
        return 3600;
    }

    /** Every hour: the documents' reminders of every region. */
    @Override
    public void run() {
        RegionReminders.everyRegion(regions, self, LOG);
    }

    /** A document a school owes, and which of its reminders are owed today. */
    private record Owed(School school, Campaign campaign, DueDocument due, DueReminder reminder) {

        String key() {
            return "document:" + school.getId() + ":" + campaign.getId() + ":" + due.slot() + ":" + due.due() + ":"
                    + reminder.name();
        }
    }

    /** @return how many reminders went out */
    @Override
    @Transactional
    public int remind(String regionCode, LocalDate today) {
        return regions.within(regionCode, () -> {
            int escalateAfter = policies.isResolvable() ? policies.get().escalateAfterDays(regionCode)
                    : EscalationPolicy.DEFAULT_DAYS;
            LocalDate earliest = DueReminder.earliestDue(today, escalateAfter);
            Map<String, Owed> owed = new LinkedHashMap<>();
            for (Campaign campaign : records.campaignsOf(regionCode)) {
                if (campaign.isArchived() || campaign.schedule().stages().stream().noneMatch(stage ->
                        !stage.due().isBefore(earliest) && !stage.due().isAfter(today.plusDays(DueReminder.DAYS_BEFORE)))) {
                    continue;
                }
                for (CampaignRecords.SupportedSchool supported : records.supportedSchools(campaign)) {
                    territories.findSchool(supported.id()).ifPresent(school -> owedBy(school, campaign, today,
                            escalateAfter).forEach(o -> owed.put(o.key(), o)));
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

    private List<Owed> owedBy(School school, Campaign campaign, LocalDate today, int escalateAfter) {
        Map<String, Document> bySlot = documents.of(campaign, school).stream()
                .collect(Collectors.toMap(Document::getSlot, Function.identity(), (a, b) -> a));
        return board.owed(campaign, school).stream()
                .filter(d -> d.due() != null && stillOwed(bySlot.get(d.slot())))
                .flatMap(d -> DueReminder.owed(d.due(), today, escalateAfter, true).stream()
                        .map(r -> new Owed(school, campaign, d, r)))
                .toList();
    }

    /** Not uploaded, a draft, or returned: the school still has to do it. */
    static boolean stillOwed(Document document) {
        return document == null || document.getState() != DocumentState.SUBMITTED
                && document.getState() != DocumentState.APPROVED;
    }

    private boolean send(String key, Owed owed, LocalDate today, Recipients.Run holders) {
        School school = owed.school();
        List<String> arguments = List.of(DocumentTitles.of(owed.due().type(), owed.due().title(), Texts.RUSSIAN),
                school.getName(), DAY.format(owed.due().due()),
                String.valueOf(ChronoUnit.DAYS.between(owed.due().due(), today)));
        List<Recipient> to = owed.reminder() == DueReminder.ESCALATED ? holders.escalation(school.scope())
                : holders.holding(Role.SCHOOL_TEAM, school.scope());
        return notifications.remind(key, to, "notification.document." + switch (owed.reminder()) {
            case DUE_SOON -> "dueSoon";
            case OVERDUE -> "overdue";
            case ESCALATED -> "escalated";
        }, arguments, "/app/documents.xhtml?school=" + school.getId() + "&campaign=" + owed.campaign().getSchoolYear());
    }
}
