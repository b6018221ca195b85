package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.infrastructure.MailSender;
import ru.portal500.notifications.infrastructure.NotificationOutbox;
import ru.portal500.platform.config.PortalSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a notification's pending e-mail and records the outcome on it: SENT, or FAILED with the reason.
 * Runs with no caller and outside any business transaction; nothing here throws.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /** A pending mail younger than this is still on its way from the after-commit dispatch. */
    static final Duration GRACE = Duration.ofMinutes(1);
    private static final int RETRY_BATCH = 500;

    @Inject
    NotificationOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    PortalSettings settings;

    @Inject
    ru.portal500.people.application.MailChoices choices;

    Clock clock = Clock.systemUTC();

    public void deliver(long id) {
        try {
            outbox.pendingMail(id).ifPresent(this::send);
        } catch (RuntimeException e) {
            // The row stays pending: the retry takes it up again.
            LOG.log(Level.WARNING, "Mail of notification " + id + " not delivered", e);
        }
    }

    /** Sends the mails still pending a minute after their notification was written (missed by a restart…). */
    public void retryOverdue() {
        List<Long> overdue;
        try {
            overdue = outbox.mailPendingSince(clock.instant().minus(GRACE), RETRY_BATCH);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: this one only waits for the next round.
            LOG.log(Level.WARNING, "Pending notification mails not read", e);
            return;
        }
        if (!overdue.isEmpty()) {
            LOG.info(() -> "Retrying " + overdue.size() + " pending notification mails");
        }
        overdue.forEach(this::deliver);
    }

    private void send(Notification notification) {
        long id = notification.getId();
        try {
            sender.send(NotificationText.mail(notification, settings.page(notification.getLink()),
                    language(notification.getRecipient())));
            outbox.recordMail(id, n -> n.mailSent(clock.instant()));
        } catch (MessagingException | RuntimeException e) {
            String reason = reason(e);
            LOG.warning(() -> "Mail of notification " + id + " failed: " + reason);
            outbox.recordMail(id, n -> n.mailFailed(reason, clock.instant()));
        }
    }

    /** The recipient's language; Russian when it cannot be read (the mail goes out all the same). */
    private java.util.Locale language(String recipient) {
        try {
            return choices.languageOf(recipient);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Language of " + recipient + " not read", e);
            return ru.portal500.shared.i18n.Texts.RUSSIAN;
        }
    }

    /** The failure and its causes, in one line (the mail server's own words are the useful part). */
    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = failure; t != null && reason.length() < 1000; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" ← ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        return reason.toString();
    }
}
