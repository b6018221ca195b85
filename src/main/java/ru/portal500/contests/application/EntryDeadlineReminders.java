package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reminds each draft's entrant, once, that the contest's entries close within {@value ContestEntry#REMIND_DAYS_BEFORE}
 * days (the day counted in the contest's region), in the portal and by mail. Run by {@link EntryDeadlineSchedule}.
 */
@ApplicationScoped
public class EntryDeadlineReminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    EntryRepository entries;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    Clock clock = Clock.systemUTC();

    /** @return how many drafts' entrants were reminded */
    @Transactional
    public int remind() {
        LocalDate utc = LocalDate.now(clock);
        int reminded = 0;
        // A region's day may be a day ahead of or behind UTC's: the window is widened by a day each side.
        List<ContestEntry> drafts = entries.draftsClosingBetween(utc.minusDays(1),
                utc.plusDays(ContestEntry.REMIND_DAYS_BEFORE + 1L));
        for (ContestEntry draft : drafts) {
            LocalDate today = LocalDate.now(clock.withZone(draft.getContest().getRegion().getTimeZone()));
            if (draft.owesDeadlineReminder(today)) {
                notifications.notify(recipients.named(List.of(draft.getEntrant())),
                        "notification.contestEntry.DEADLINE", List.of(draft.getTitle(), draft.getContest().getTitle(),
                                DAY.format(draft.getContest().stages().entriesClose()),
                                draft.getContest().getRegion().getTimeZone().getId()),
                        "/app/entry.xhtml?id=" + draft.getId());
                draft.remindedOfDeadline();
                reminded++;
            }
        }
        return reminded;
    }
}
