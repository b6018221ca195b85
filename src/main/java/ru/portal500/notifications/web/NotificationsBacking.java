package ru.portal500.notifications.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.portal500.notifications.application.Inbox;
import ru.portal500.notifications.application.NotificationView;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/notifications.xhtml}: the caller's notifications, newest first, a page at a time.
 * Opening one marks it read and goes to its page; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    Formats formats;

    @Inject
    LanguageBacking language;

    @Inject
    FacesMessages messages;

    private boolean unreadOnly;
    private final LazyDataModel<NotificationView> notifications = new Model();

    /** Marks the notification read and goes where it points (a path inside the portal). */
    public void open(long id) {
        NotificationView opened = inbox.markRead(id, language.getLocale());
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + opened.link());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void markAllRead() {
        messages.runReporting(() -> new Object[] {inbox.markAllRead()}, "notifications.message.allRead");
    }

    public String time(NotificationView notification) {
        return formats.time(notification.createdAt());
    }

    public LazyDataModel<NotificationView> getNotifications() {
        return notifications;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    /** Loads a page of the caller's notifications, and counts them, through the inbox. */
    private final class Model extends LazyDataModel<NotificationView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.count(unreadOnly);
        }

        @Override
        public List<NotificationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return inbox.list(unreadOnly, first, Math.min(Inbox.MAX_PAGE, Math.max(1, pageSize)),
                    language.getLocale());
        }

        @Override
        public String getRowKey(NotificationView notification) {
            return String.valueOf(notification.id());
        }
    }
}
