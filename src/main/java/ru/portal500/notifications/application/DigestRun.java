package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.infrastructure.MailSender;
import ru.portal500.notifications.infrastructure.NotificationOutbox;
import ru.portal500.platform.config.PortalSettings;
import ru.portal500.shared.infrastructure.ScheduledWork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest: from {@value #HOUR}:00 Moscow time, once a day (on whichever node comes first), every person with
 * reminders held since gets one mail listing them all, in their language; each reminder is then recorded as mailed
 * (or failed, with the reason). Runs with no caller; nothing here throws.
 */
@ApplicationScoped
public class DigestRun implements ScheduledWork {

    static final int HOUR = 7;
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Logger LOG = Logger.getLogger(DigestRun.class.getName());

    @Inject
    NotificationOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    PortalSettings settings;

    @Inject
    ru.portal500.people.application.MailChoices choices;

    @Inject
    DigestRun self;

    Clock clock = Clock.systemUTC();

    /** Sends the day's digests once the hour has come and nobody sent them today. */
    @Override
    public long firstAfterSeconds() {
        return 90;
    }

    @Override
    public long everySeconds() {
        return 600;
    }

    /** Every ten minutes: the day's digests, once their hour has come. */
    @Override
    public void run() {
        sendDue();
    }

    public void sendDue() {
        try {
            ZonedDateTime now = clock.instant().atZone(MOSCOW);
            if (now.toLocalTime().isBefore(LocalTime.of(HOUR, 0)) || !self.claim(now.toLocalDate())) {
                return;
            }
            int mails = send(clock.instant());
            LOG.info(() -> "Daily digest of " + now.toLocalDate() + ": " + mails + " mails");
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: this one only waits for the next round.
            LOG.log(Level.WARNING, "Daily digest not sent", e);
        }
    }

    /** True for the first node to ask on the day. */
    @Transactional
    public boolean claim(LocalDate day) {
        return outbox.firstTime("digest:" + day, clock.instant());
    }

    /** One mail per person for the reminders held before {@code before}; how many mails went out. */
    int send(Instant before) {
        Map<String, List<Notification>> byPerson = new LinkedHashMap<>();
        for (Notification n : outbox.heldForDigest(before)) {
            byPerson.computeIfAbsent(n.getRecipient(), k -> new java.util.ArrayList<>()).add(n);
        }
        int sent = 0;
        for (List<Notification> held : byPerson.values()) {
            if (mail(held)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean mail(List<Notification> held) {
        try {
            sender.send(NotificationText.digest(held, settings::page, choices.languageOf(held.get(0).getRecipient())));
            Instant at = clock.instant();
            held.forEach(n -> outbox.recordMail(n.getId(), x -> x.mailSent(at)));
            return true;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            String reason = MailDelivery.reason(e);
            Instant at = clock.instant();
            LOG.warning(() -> "Digest of " + held.get(0).getRecipient() + " failed: " + reason);
            held.forEach(n -> outbox.recordMail(n.getId(), x -> x.mailFailed(reason, at)));
            return false;
        }
    }
}
