package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.notifications.domain.MailState;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.notifications.infrastructure.NotificationOutbox;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.people.application.MailChoices;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What other contexts call to tell people something. The notifications are written in the caller's
 * transaction (rolled back with it); their e-mails go out only after it commits, off the request
 * thread, and a mail that fails never undoes the business change (see {@link MailDispatch}).
 */
@ApplicationScoped
public class Notifications {

    @Inject
    NotificationOutbox outbox;

    @Inject
    Event<NotificationsWritten> written;

    @Inject
    MailChoices mailChoices;

    Clock clock = Clock.systemUTC();

    /**
     * Tells each recipient (once, even if listed twice) the message of {@code messageKey}, a key of the
     * bundle in both languages whose {0}, {1}… are the {@code arguments}; {@code link} is a path inside the
     * portal such as {@code /app/school.xhtml?id=12}. Recipients with an e-mail address also get it by mail, unless
     * they chose to take this kind of notification only in the portal (their person record).
     *
     * @throws java.util.MissingResourceException when the bundle has no such key (a programming error)
     * @throws IllegalArgumentException when the link leads outside the portal
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void notify(Collection<Recipient> recipients, String messageKey, List<String> arguments, String link) {
        write(recipients, messageKey, arguments, link, false);
    }

    /**
     * A reminder: told in the portal at once, as {@link #notify}; its mail waits for the recipient's daily digest
     * ({@link DigestRun}), one mail a day however many reminders came. Sent once per {@code onceKey} ever (on any node,
     * after a restart): a second call with the same key tells nobody and answers false.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean remind(String onceKey, Collection<Recipient> recipients, String messageKey, List<String> arguments,
                          String link) {
        if (!outbox.firstTime(REMIND + onceKey, clock.instant()) || recipients.isEmpty()) {
            return false;
        }
        write(recipients, messageKey, arguments, link, true);
        return true;
    }

    /**
     * Of these reminders' keys, those sent already: a run asks the directory for recipients only for the rest. (A key
     * is spent also when nobody held the role then: a team named later finds the measure in its work list.)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public java.util.Set<String> alreadyReminded(Collection<String> onceKeys) {
        return outbox.spent(onceKeys.stream().map(k -> REMIND + k).toList()).stream()
                .map(k -> k.substring(REMIND.length())).collect(java.util.stream.Collectors.toSet());
    }

    private static final String REMIND = "remind:";

    private void write(Collection<Recipient> recipients, String messageKey, List<String> arguments, String link,
                       boolean digest) {
        NotificationText.render(Texts.RUSSIAN, messageKey, arguments);
        NotificationText.render(java.util.Locale.ENGLISH, messageKey, arguments);
        Map<String, Recipient> distinct = new LinkedHashMap<>();
        recipients.forEach(r -> distinct.putIfAbsent(r.username(), r));
        // A person who takes this kind only in the portal gets no mail of it.
        distinct.replaceAll((username, r) -> !r.hasEmail() || mailChoices.wantsMail(username, messageKey) ? r
                : new Recipient(r.username(), null, r.fullName()));
        if (distinct.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Notification> notifications = distinct.values().stream()
                .map(r -> new Notification(r, messageKey, arguments, link, now)).toList();
        // A reminder's mail, and every mail of a person who chose the digest, waits for the daily digest.
        notifications.stream().filter(n -> n.getMailState() == MailState.PENDING
                        && (digest || mailChoices.wantsDigest(n.getRecipient())))
                .forEach(Notification::holdForDigest);
        outbox.add(notifications);
        List<Long> mails = notifications.stream().filter(n -> n.getMailState() == MailState.PENDING)
                .map(Notification::getId).toList();
        if (!mails.isEmpty()) {
            written.fire(new NotificationsWritten(mails));
        }
    }
}
