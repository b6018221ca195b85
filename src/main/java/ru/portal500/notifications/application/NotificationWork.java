package ru.portal500.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Caller;
import ru.portal500.notifications.infrastructure.NotificationRepository;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;

import java.util.List;
import java.util.Locale;

/** The notifications' part of the work list: the caller's own unread notifications, each a link to what it is about. */
@ApplicationScoped
public class NotificationWork implements WorkSource {

    public static final String UNREAD = "notifications.unread";

    @Inject
    NotificationRepository notifications;

    @Override
    public List<WorkGroup> work(Caller caller, Locale locale) {
        if (!caller.isAuthenticated()) {
            return List.of();
        }
        long unread = notifications.count(true);
        if (unread == 0) {
            return List.of();
        }
        // The repository lists newest first; the group keeps the oldest it is given, so it is given the most it shows.
        List<WorkItem> items = notifications.mine(true, (int) Math.max(0, unread - WorkGroup.MOST_ITEMS),
                WorkGroup.MOST_ITEMS).stream().map(n -> NotificationView.of(n, locale))
                .map(n -> new WorkItem(n.text(), "", n.link(), n.createdAt(), null)).toList();
        return List.of(new WorkGroup(UNREAD, unread, items));
    }
}
