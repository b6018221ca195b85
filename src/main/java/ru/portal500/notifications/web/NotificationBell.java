package ru.portal500.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.notifications.application.Inbox;

/** The bell in the page header: how many of the caller's notifications are unread (counted once a request). */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

    @Inject
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadForBell();
        }
        return unread;
    }
}
