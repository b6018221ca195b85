package ru.portal500.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.notifications.domain.MailState;
import ru.portal500.notifications.domain.Notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The portal's own side of notifications, with no caller: writing them in the business transaction,
 * and the mail delivery (after the commit, off the request thread) reading and marking them.
 */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Writes the notifications in the caller's transaction; their ids are known on return. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<Notification> notifications) {
        notifications.forEach(em::persist);
        em.flush();
    }

    /** The notification, while its mail is still pending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Notification> pendingMail(long id) {
        return Optional.ofNullable(em.find(Notification.class, id)).filter(n -> n.getMailState() == MailState.PENDING);
    }

    /** Ids of notifications whose mail has been pending since before {@code before}, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> mailPendingSince(Instant before, int max) {
        return em.createQuery("select n.id from Notification n where n.mailState = :pending and n.createdAt < :before"
                        + " order by n.createdAt, n.id", Long.class)
                .setParameter("pending", MailState.PENDING).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    /** Records what became of the mail (the change is one of {@link Notification}'s mail methods). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordMail(long id, Consumer<Notification> outcome) {
        Notification notification = em.find(Notification.class, id);
        if (notification != null && (notification.getMailState() == MailState.PENDING
                || notification.getMailState() == MailState.DIGEST)) {
            outcome.accept(notification);
        }
    }

    /** Notifications held for the daily digest written before {@code before}, by recipient, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Notification> heldForDigest(Instant before) {
        return em.createQuery("select n from Notification n where n.mailState = :digest and n.createdAt < :before"
                        + " order by n.recipient, n.createdAt, n.id", Notification.class)
                .setParameter("digest", MailState.DIGEST).setParameter("before", before).getResultList();
    }

    /** Of the keys, those given before ({@link #firstTime}). */
    @Transactional(Transactional.TxType.REQUIRED)
    public java.util.Set<String> spent(List<String> keys) {
        java.util.Set<String> spent = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + 1000));
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            var query = em.createNativeQuery("SELECT reminder_key FROM reminder_sent WHERE reminder_key IN (" + marks
                    + ")");
            for (int i = 0; i < batch.size(); i++) {
                query.setParameter(i + 1, batch.get(i));
            }
            query.getResultList().forEach(k -> spent.add(String.valueOf(k)));
        }
        return spent;
    }

    /**
     * True the first time the key is given, false ever after (on any node): a reminder sent once, a digest sent once a
     * day. Written in the caller's transaction, so that a rolled-back reminder is sent again next time.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean firstTime(String key, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (reminder_key, sent_at) VALUES (?, ?)")
                .setParameter(1, key).setParameter(2, java.sql.Timestamp.from(at)).executeUpdate() == 1;
    }
}
