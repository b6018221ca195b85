package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.roadmaps.domain.Completion;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.shared.domain.ServiceUnavailableException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other side of a school's roadmap: a submission and a completion reported go to its checkers (the school's
 * curators, else its municipal coordinators); a return, a confirmation and a completion confirmed or returned go to
 * the school's team — in the portal, and by e-mail once the change has committed.
 */
@ApplicationScoped
public class RoadmapNotices {

    private static final Logger LOG = Logger.getLogger(RoadmapNotices.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    RoadmapCheck check;

    void changed(@Observes RoadmapCheck.RoadmapChanged change) {
        Roadmap roadmap = change.roadmap();
        if (roadmap.getLevel() != RoadmapLevel.SCHOOL) {
            return;
        }
        String link = "/app/roadmap.xhtml?id=" + roadmap.getId();
        String school = roadmap.getSchool().getName();
        try {
            switch (change.state()) {
                case SUBMITTED -> notifications.notify(check.checkersOf(roadmap), "notification.roadmap.submitted",
                        List.of(school), link);
                case RETURNED -> notifications.notify(team(roadmap), "notification.roadmap.returned",
                        List.of(change.by(), change.comment()), link);
                case CONFIRMED -> notifications.notify(team(roadmap), "notification.roadmap.confirmed",
                        List.of(change.by()), link);
                default -> {
                    // drafts concern nobody else
                }
            }
        } catch (ServiceUnavailableException e) {
            LOG.log(Level.WARNING, "Nobody could be notified of roadmap " + roadmap.getId() + ": " + e.getMessage());
        }
    }

    void completion(@Observes RoadmapCheck.CompletionChanged change) {
        Roadmap roadmap = change.roadmap();
        if (roadmap.getLevel() != RoadmapLevel.SCHOOL) {
            return;
        }
        String link = "/app/roadmap.xhtml?id=" + roadmap.getId();
        String measure = change.measure().getPosition() + ". " + change.measure().getTitle();
        try {
            if (change.completion() == Completion.REPORTED) {
                notifications.notify(check.checkersOf(roadmap), "notification.roadmap.reported",
                        List.of(measure, roadmap.getSchool().getName()), link);
            } else if (change.completion() == Completion.CONFIRMED) {
                notifications.notify(team(roadmap), "notification.roadmap.doneConfirmed", List.of(measure, change.by()),
                        link);
            } else if (change.completion() == Completion.RETURNED) {
                notifications.notify(team(roadmap), "notification.roadmap.doneReturned",
                        List.of(measure, change.by(), change.comment()), link);
            }
        } catch (ServiceUnavailableException e) {
            LOG.log(Level.WARNING, "Nobody could be notified of roadmap " + roadmap.getId() + ": " + e.getMessage());
        }
    }

    private List<ru.portal500.notifications.domain.Recipient> team(Roadmap roadmap) {
        return recipients.holding(Role.SCHOOL_TEAM, roadmap.getSchool().scope());
    }
}
