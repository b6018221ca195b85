package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ServiceUnavailableException;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other side of a late report's exception: a school's request goes to its municipal coordinators, else to
 * the region's operators (who then find it in their work list too); a granted exception goes to the school's team. In
 * the portal, and by mail once the change has committed; a directory that cannot be reached loses the notice, not the
 * request.
 */
@ApplicationScoped
public class ExceptionNotices {

    private static final Logger LOG = Logger.getLogger(ExceptionNotices.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    void asked(Campaign campaign, School school, LocalDate date, LocalDate until, String reason) {
        tell(() -> checkers(school), "notification.monitoring.exceptionAsked",
                List.of(school.getName(), Dates.day(date), Dates.day(until), reason == null ? "" : reason),
                link(campaign, school, date));
    }

    void granted(Campaign campaign, School school, LocalDate date, LocalDate until, String reason, String by) {
        tell(() -> recipients.holding(Role.SCHOOL_TEAM, school.scope()), "notification.monitoring.exceptionGranted",
                List.of(Dates.day(date), Dates.day(until), reason == null ? "" : reason, by),
                link(campaign, school, date));
    }

    private List<Recipient> checkers(School school) {
        Scope municipality = school.scope().parent().orElseThrow();
        List<Recipient> coordinators = recipients.holding(Role.MUNICIPAL_COORDINATOR, municipality);
        return coordinators.isEmpty() ? recipients.holding(Role.REGIONAL_OPERATOR, Scope.ofRegion(municipality.region()))
                : coordinators;
    }

    private static String link(Campaign campaign, School school, LocalDate date) {
        return "/app/monitoring-report.xhtml?school=" + school.getId() + "&campaign=" + campaign.getSchoolYear()
                + "&date=" + date;
    }

    private void tell(java.util.function.Supplier<List<Recipient>> to, String key, List<String> arguments,
                      String link) {
        try {
            notifications.notify(to.get(), key, arguments, link);
        } catch (ServiceUnavailableException e) {
            LOG.log(Level.WARNING, "Nobody could be told " + key + ": " + e.getMessage());
        }
    }
}
