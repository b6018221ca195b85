package ru.portal500.notifications.application;

import ru.portal500.notifications.domain.Notification;

import java.time.Instant;
import java.util.Locale;

/** A notification as its reader sees it: the text in their language, the link inside the portal, when, read. */
public record NotificationView(long id, String text, String link, Instant createdAt, boolean read) {

    public static NotificationView of(Notification notification, Locale locale) {
        return new NotificationView(notification.getId(), NotificationText.of(notification, locale),
                notification.getLink(), notification.getCreatedAt(), notification.isRead());
    }

    public long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return read;
    }
}
