package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.infrastructure.NotificationRepository;
import ru.portal500.shared.domain.InvalidRequestException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The caller's own notifications: read, count, mark read. Another person's are not found (404). */
@ApplicationScoped
public class Inbox {

    /** The most a page or an API call lists at once. */
    public static final int MAX_PAGE = 200;

    @Inject
    AccessGuard guard;

    @Inject
    NotificationRepository notifications;

    Clock clock = Clock.systemUTC();

    /** Newest first, from {@code first} on, at most {@code max} ({@value #MAX_PAGE} at most). */
    public List<NotificationView> list(boolean unreadOnly, int first, int max, Locale locale) {
        requireLoggedIn("notifications.list");
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidRequestException("notifications.error.page", MAX_PAGE);
        }
        return notifications.mine(unreadOnly, first, max).stream().map(n -> NotificationView.of(n, locale)).toList();
    }

    public long count(boolean unreadOnly) {
        requireLoggedIn("notifications.count");
        return notifications.count(unreadOnly);
    }

    /** The unread count for the bell: none for a visitor (no refusal recorded: every page asks). */
    public long unreadForBell() {
        return guard.caller().isAuthenticated() ? notifications.count(true) : 0;
    }

    /** The caller opened one: it is read from now on. */
    @Transactional
    public NotificationView markRead(long id, Locale locale) {
        requireLoggedIn("notifications.read");
        Notification notification = guard.requireFound(notifications.mine(id), "notification");
        notification.markRead(clock.instant());
        return NotificationView.of(notification, locale);
    }

    /** All the caller's notifications are read; how many were not. */
    @Transactional
    public int markAllRead() {
        requireLoggedIn("notifications.readAll");
        return notifications.markAllRead(clock.instant());
    }

    private void requireLoggedIn(String action) {
        guard.require(guard.caller().isAuthenticated(), null, action);
    }
}
