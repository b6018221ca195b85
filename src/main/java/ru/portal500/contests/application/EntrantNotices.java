package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;

import java.util.ArrayList;
import java.util.List;

/** Tells an entry's entrant and authors what became of it, in the portal and by mail, with a link to the entry. */
@ApplicationScoped
class EntrantNotices {

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    /** The notice {@code key} with the entry's title and contest's title, then {@code more}. */
    void tell(ContestEntry entry, String key, List<String> more) {
        List<String> usernames = new ArrayList<>();
        usernames.add(entry.getEntrant());
        entry.getAuthors().forEach(a -> usernames.add(a.getUsername()));
        List<String> arguments = new ArrayList<>(List.of(entry.getTitle(), entry.getContest().getTitle()));
        arguments.addAll(more);
        notifications.notify(recipients.named(usernames), key, arguments, "/app/entry.xhtml?id=" + entry.getId());
    }
}
