package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Role;
import ru.portal500.people.application.RoleHandedOver;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.Scope;

import java.time.Clock;
import java.util.List;

/**
 * The people who help a pair's school: curators of the curator school (who get the curator role at the
 * school), mentors and tutors of the region. Named and removed by whoever manages the pair; audited.
 */
@ApplicationScoped
public class PairHelpers {

    @Inject
    Event<PairsChanged> pairsChanged;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    PairAccess access;

    @Inject
    PairRepository pairs;

    @Inject
    PairViews views;

    @Inject
    CuratorRoles curatorRoles;

    @Inject
    PeopleAdministration people;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    Clock clock = Clock.systemUTC();

    @Transactional
    public PairView name(String regionCode, int year, long pairId, HelperFunction function, String username) {
        CuratorPair pair = managedPair(regionCode, year, pairId, function, "pairs.helpers.name");
        if (username == null || username.isBlank()) {
            throw new InvalidRequestException("pairs.error.noPerson");
        }
        Person person = people.person(username, pair.getSchool().scope())
                .orElseThrow(() -> new InvalidRequestException("pairs.error.unknownPerson", String.valueOf(username)));
        Long curatorSchool = pair.getCuratorSchoolId();
        PairHelper named = pair.name(function, person, pairs.schoolRefs(List.of(curatorSchool)).get(curatorSchool)
                .scope(), CuratorRoles.grantedByNaming(pair, function, person), guard.caller().getUsername(),
                clock.instant());
        curatorRoles.grant(pair, named);
        audit.record(AuditEventType.PAIR_HELPER_NAMED, pair.getSchool().scope(), PairFormation.target(pair),
                function + " " + person.username());
        notifications.notify(recipients.named(List.of(person.username())), "notification.pairHelper." + function,
                List.of(pair.getSchool().getName(), SchoolYear.label(pair.getCampaign().getSchoolYear())),
                "/app/school.xhtml?id=" + pair.getSchool().getId());
        pairsChanged.fire(new PairsChanged(regionCode));
        return views.of(pair);
    }

    @Transactional
    public PairView remove(String regionCode, int year, long pairId, HelperFunction function, String username) {
        CuratorPair pair = managedPair(regionCode, year, pairId, function, "pairs.helpers.remove");
        PairHelper leaving = pair.helper(function, String.valueOf(username))
                .orElseThrow(() -> new InvalidRequestException("pairs.error.notNamed", String.valueOf(username)));
        pair.remove(leaving);
        curatorRoles.release(pair, leaving);
        audit.record(AuditEventType.PAIR_HELPER_REMOVED, pair.getSchool().scope(), PairFormation.target(pair),
                function + " " + leaving.getUsername());
        pairsChanged.fire(new PairsChanged(regionCode));
        return views.of(pair);
    }

    /** A role was handed over (people's handover): a curator's pairs follow the new holder, in one transaction. */
    @Transactional
    void onHandover(@Observes RoleHandedOver handover) {
        if (handover.grant().role() == Role.CURATOR) {
            curatorHandedOver(handover.grant().scope(), handover.from(), handover.successor());
        }
    }

    /**
     * The curator role at a school was handed over: every pair of the school (any campaign) naming the old holder
     * as curator names the successor instead, on the record of the pairs' history. Returns how many pairs changed.
     */
    @Transactional
    public int curatorHandedOver(Scope school, String from, Person successor) {
        List<PairHelper> naming = pairs.curatorsNaming(school, from);
        ChangeStamp stamp = new ChangeStamp(guard.caller().getUsername(), guard.caller().getFullName(), clock.instant());
        for (PairHelper leaving : naming) {
            CuratorPair pair = leaving.getPair();
            pair.handOverCurator(leaving, successor, stamp.username(), stamp.at());
            pairs.add(RegistryChange.ofPair(pair.getCampaign(), pair.getSchool(),
                    RegistryChange.Kind.CURATOR_HANDED_OVER, stamp, who(leaving.getDisplayName(), leaving.getUsername()),
                    who(successor.fullName(), successor.username())));
            audit.record(AuditEventType.PAIR_HELPER_NAMED, pair.getSchool().scope(), PairFormation.target(pair),
                    HelperFunction.CURATOR + " " + successor.username() + " (" + leaving.getUsername() + ")");
        }
        pairs.flush();
        if (!naming.isEmpty()) {
            pairsChanged.fire(new PairsChanged(school.region()));
        }
        return naming.size();
    }

    private static String who(String name, String username) {
        return name == null || name.isBlank() || name.equals(username) ? username : name + " (" + username + ")";
    }

    private CuratorPair managedPair(String regionCode, int year, long pairId, HelperFunction function, String action) {
        Campaign campaign = access.openCampaign(regionCode, year, action);
        CuratorPair pair = access.pair(campaign, pairId);
        access.requireManages(pair.getSchool(), action);
        if (function == null) {
            throw new InvalidRequestException("pairs.error.function");
        }
        return pair;
    }
}
