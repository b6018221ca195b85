package ru.portal500.notifications.application;

import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.notifications.domain.Notification;

import java.time.Instant;
import java.util.Locale;

/** A notification as its reader sees it: the text in their language, the link inside the portal, when, read. */
public record NotificationView(long id, String text, String link, Instant createdAt, boolean read) {

    public static NotificationView of(Notification notification, Locale locale) {
        return new NotificationView(notification.getId(), NotificationText.of(notification, locale),
                notification.getLink(), notification.getCreatedAt(), notification.isRead());
    }

    @JsonbTransient
    public long getId() {
        return id;
    }

    @JsonbTransient
    public String getText() {
        return text;
    }

    @JsonbTransient
    public String getLink() {
        return link;
    }

    @JsonbTransient
    public Instant getCreatedAt() {
        return createdAt;
    }

    @JsonbTransient
    public boolean isRead() {
        return read;
    }
}
