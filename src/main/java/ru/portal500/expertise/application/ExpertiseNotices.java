package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.shared.domain.ServiceUnavailableException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells reviewers what they were given and what is due, and organisers what was submitted or declined — in
 * the portal, and by e-mail once the change has committed. A reviewer is an expert, or a school's team.
 */
@ApplicationScoped
public class ExpertiseNotices {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Logger LOG = Logger.getLogger(ExpertiseNotices.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    public void assigned(Collection<ExpertReview> reviews) {
        reviews.forEach(r -> toReviewer(r, "notification.expertise.assigned",
                List.of(r.getDocument().getTitle(), r.getRound().getTitle(), day(r.getRound().getDue()))));
    }

    public void dueSoon(ExpertReview review) {
        toReviewer(review, "notification.expertise.dueSoon",
                List.of(review.getDocument().getTitle(), day(review.getRound().getDue())));
    }

    public void overdue(ExpertReview review) {
        toReviewer(review, "notification.expertise.overdue",
                List.of(review.getDocument().getTitle(), day(review.getRound().getDue())));
        toOrganisers(review.getRound(), "notification.expertise.overdueAtSchool", aboutReview(review));
    }

    public void submitted(ExpertReview review) {
        toOrganisers(review.getRound(), "notification.expertise.submittedAtSchool", aboutReview(review));
    }

    public void declined(ExpertReview review) {
        List<String> arguments = new ArrayList<>(aboutReview(review));
        arguments.add(String.valueOf(review.getDeclinedReason()));
        toOrganisers(review.getRound(), "notification.expertise.declinedAtSchool", arguments);
    }

    /** A due day as the notices say it: 21.12.2026, not 2026-12-21. */
    static String day(java.time.LocalDate due) {
        return due == null ? "" : DAY.format(due);
    }

    /**
     * What an organiser's notice of a review names, so that two of them can be told apart: the document {0}, the
     * reviewer {1}, the document's school {2} and the round {3} (one expert may review «Концепция развития» of two
     * schools, in two rounds, on one day).
     */
    static List<String> aboutReview(ExpertReview review) {
        return List.of(review.getDocument().getTitle(), String.valueOf(review.getReviewerName()),
                review.getDocument().getSchool().getName(), review.getRound().getTitle());
    }

    private void toReviewer(ExpertReview review, String key, List<String> arguments) {
        send(() -> review.getReviewerSchool() != null
                ? recipients.holding(Role.SCHOOL_TEAM, review.getReviewerSchool().scope())
                : recipients.named(List.of(review.getReviewerUsername())), key, arguments,
                "/app/review.xhtml?id=" + review.getId());
    }

    private void toOrganisers(ExpertiseRound round, String key, List<String> arguments) {
        Role organiser = round.getKind() == RoundKind.MUNICIPAL ? Role.MUNICIPAL_COORDINATOR : Role.REGIONAL_OPERATOR;
        send(() -> recipients.holding(organiser, round.scope()), key, arguments,
                "/app/expertise-round.xhtml?id=" + round.getId());
    }

    private void send(Supplier<List<Recipient>> who, String key, List<String> arguments, String link) {
        try {
            notifications.notify(who.get(), key, arguments, link);
        } catch (ServiceUnavailableException e) {
            // Keycloak (who holds the role) is unreachable: the expertise itself must not fail for it.
            LOG.log(Level.WARNING, "Nobody could be told " + key + ": " + e.getMessage());
        }
    }
}
