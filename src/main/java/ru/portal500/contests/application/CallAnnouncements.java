package ru.portal500.contests.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.identity.domain.Role;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.tenancy.application.Territories;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the audience of a published call, in the portal and by mail: the teams of the schools the call admits (the
 * campaign's ШНОР, ШССУ and curator schools, or every school of the region) and, when it is open to teachers, the
 * teachers of the region's schools. The schools are found in the publishing request (the organiser reads the
 * region); the people, one school at a time in Keycloak, after the commit, in the background: the publication does
 * not wait for them, and a call that failed to publish tells nobody.
 */
@ApplicationScoped
public class CallAnnouncements {

    private static final Logger LOG = Logger.getLogger(CallAnnouncements.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A call to announce: to whom (school places and the role held there), what and where. */
    public record Announcement(long contestId, Map<Scope, Set<Role>> audience, List<String> arguments) {
    }

    @Inject
    CampaignRecords campaigns;

    @Inject
    Territories territories;

    @Inject
    Recipients recipients;

    @Inject
    Notifications notifications;

    @Inject
    Event<Announcement> announced;

    @Resource
    ManagedExecutorService executor;

    /** Within the publishing transaction: finds the audience's schools and leaves the rest to after the commit. */
    void prepare(Contest contest) {
        Map<Scope, Set<Role>> audience = new LinkedHashMap<>();
        String region = contest.getRegion().getCode();
        if (contest.isOpenToRegion() || contest.isOpenToTeachers()) {
            for (School school : territories.schoolsOf(region).values()) {
                if (contest.isOpenToRegion()) {
                    audience.computeIfAbsent(school.scope(), s -> new TreeSet<>()).add(Role.SCHOOL_TEAM);
                }
                if (contest.isOpenToTeachers()) {
                    audience.computeIfAbsent(school.scope(), s -> new TreeSet<>()).add(Role.TEACHER);
                }
            }
        }
        if (contest.isOpenToCampaign()) {
            campaigns.campaign(region, contest.getSchoolYear()).ifPresent(campaign -> campaigns.statuses(campaign)
                    .stream().filter(s -> s.getStatus().isSupported() || s.getStatus() == SchoolStatus.CURATOR_SCHOOL)
                    .forEach(s -> audience.computeIfAbsent(s.getSchool().scope(), k -> new TreeSet<>())
                            .add(Role.SCHOOL_TEAM)));
        }
        announced.fire(new Announcement(contest.getId(), audience, List.of(contest.getTitle(),
                DAY.format(contest.stages().entriesOpen()), DAY.format(contest.stages().entriesClose()))));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Announcement announcement) {
        executor.execute(() -> announce(announcement));
    }

    /** Tells every holder of the roles at the schools; a school that fails is logged, the others still told. */
    void announce(Announcement announcement) {
        List<Recipient> told = new ArrayList<>();
        announcement.audience().forEach((school, roles) -> roles.forEach(role -> {
            try {
                told.addAll(recipients.holding(role, school));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The call of contest " + announcement.contestId() + " was not announced to "
                        + role.keycloakName() + " at " + school, e);
            }
        }));
        if (!told.isEmpty()) {
            try {
                notifications.notify(told, "notification.contestCall.PUBLISHED", announcement.arguments(),
                        "/contest.xhtml?id=" + announcement.contestId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The call of contest " + announcement.contestId() + " was not announced", e);
            }
        }
    }
}
