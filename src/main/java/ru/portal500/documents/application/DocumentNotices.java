package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.Document;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.shared.domain.ServiceUnavailableException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other side of the check: a submission goes to the school's curators (to its municipal
 * coordinators while it has none), a return or an approval
 * to the school's team — in the portal, and by e-mail once the change has committed.
 */
@ApplicationScoped
public class DocumentNotices {

    private static final Logger LOG = Logger.getLogger(DocumentNotices.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    DocumentCheck check;

    void changed(@Observes DocumentCheck.DocumentChanged change) {
        Document document = change.document();
        String link = "/app/document.xhtml?id=" + document.getId();
        String school = document.getSchool().getName();
        try {
            switch (change.state()) {
                case SUBMITTED -> notifications.notify(check.checkersOf(document),
                        "notification.document.submitted", List.of(document.getTitle(), school), link);
                case RETURNED -> notifications.notify(recipients.holding(Role.SCHOOL_TEAM,
                        document.getSchool().scope()), "notification.document.returned",
                        List.of(document.getTitle(), change.by(), change.comment()), link);
                case APPROVED -> notifications.notify(recipients.holding(Role.SCHOOL_TEAM,
                        document.getSchool().scope()), "notification.document.approved",
                        List.of(document.getTitle(), change.by()), link);
                default -> {
                    // drafts concern nobody else
                }
            }
        } catch (ServiceUnavailableException e) {
            // Keycloak (who holds the role) is unreachable: the check itself must not fail for it.
            LOG.log(Level.WARNING, "Nobody could be notified of document " + document.getId() + ": " + e.getMessage());
        }
    }
}
