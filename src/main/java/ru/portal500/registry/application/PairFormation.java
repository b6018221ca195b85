package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.registry.domain.RegistryChange;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The set-up stage's pairs: the municipal coordinator (or the regional operator) pairs a ШНОР/ШССУ
 * school with a curator school, re-pairs it with another, or dissolves the pair. Each change is audited.
 */
@ApplicationScoped
public class PairFormation {

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

    Clock clock = Clock.systemUTC();

    /** Pairs the school with the curator school; the curator school becomes one in the campaign if it had no status. */
    @Transactional
    public PairView form(String regionCode, int year, SchoolCode schoolCode, SchoolCode curatorCode) {
        Campaign campaign = access.openCampaign(regionCode, year, "pairs.form");
        School school = access.school(campaign, schoolCode);
        access.requireManages(school, "pairs.form");
        access.requireMayChooseCurator(school, curatorCode, "pairs.form");
        School curatorSchool = access.school(campaign, curatorCode);
        if (pairs.ofSchool(campaign, school).isPresent()) {
            throw new InvalidRequestException("pairs.error.exists", school.getName());
        }
        CampaignSchool standing = pairs.standing(campaign, school)
                .orElseThrow(() -> new InvalidRequestException("pairs.error.notSupported", school.getName()));
        Optional<CampaignSchool> curatorStanding = pairs.standing(campaign, curatorSchool);
        String by = guard.caller().getUsername();
        Instant now = clock.instant();
        CuratorPair pair = pairs.add(new CuratorPair(standing, curatorSchool, statusOf(curatorStanding), by, now));
        CuratorPair.curatorStanding(campaign, curatorSchool, curatorStanding, by, now).ifPresent(pairs::add);
        pairs.add(RegistryChange.ofPair(campaign, school, RegistryChange.Kind.PAIR_FORMED, stamp(now), null,
                curatorSchool.getName()));
        audit.record(AuditEventType.PAIR_FORMED, school.scope(), target(pair), "curator school " + curatorSchool.scope());
        pairsChanged.fire(new PairsChanged(regionCode));
        return views.of(pair);
    }

    /** Another curator school for the pair; helpers who no longer fit leave it (a curator's role goes with them). */
    @Transactional
    public PairView changeCurator(String regionCode, int year, long pairId, SchoolCode curatorCode) {
        Campaign campaign = access.openCampaign(regionCode, year, "pairs.change");
        CuratorPair pair = access.pair(campaign, pairId);
        access.requireMayChooseCurator(pair.getSchool(), curatorCode, "pairs.change");
        School curatorSchool = access.school(campaign, curatorCode);
        if (curatorSchool.getId().equals(pair.getCuratorSchoolId())) {
            return views.of(pair);
        }
        Long before = pair.getCuratorSchoolId();
        Optional<CampaignSchool> curatorStanding = pairs.standing(campaign, curatorSchool);
        List<PairHelper> leaving = pair.changeCurator(curatorSchool, statusOf(curatorStanding),
                h -> people.person(h.getUsername(), pair.getSchool().scope()));
        CuratorPair.curatorStanding(campaign, curatorSchool, curatorStanding, guard.caller().getUsername(),
                clock.instant()).ifPresent(pairs::add);
        leaving.forEach(h -> curatorRoles.release(pair, h));
        pairs.add(RegistryChange.ofPair(campaign, pair.getSchool(), RegistryChange.Kind.CURATOR_CHANGED,
                stamp(clock.instant()), pairs.schoolRefs(List.of(before)).get(before).name(), curatorSchool.getName()));
        audit.record(AuditEventType.PAIR_CHANGED, pair.getSchool().scope(), target(pair),
                "curator school " + pairs.schoolRefs(List.of(before)).get(before).scope() + " -> "
                        + curatorSchool.scope() + (leaving.isEmpty() ? "" : "; helpers leaving: " + leaving.stream()
                        .map(h -> h.getFunction() + " " + h.getUsername()).collect(Collectors.joining(", "))));
        pairsChanged.fire(new PairsChanged(regionCode));
        return views.of(pair);
    }

    /** Dissolves a pair nobody is named on any more (helpers are removed first, each on record). */
    @Transactional
    public void dissolve(String regionCode, int year, long pairId) {
        Campaign campaign = access.openCampaign(regionCode, year, "pairs.dissolve");
        CuratorPair pair = access.pair(campaign, pairId);
        access.requireManages(pair.getSchool(), "pairs.dissolve");
        pair.requireDissolvable();
        Long curator = pair.getCuratorSchoolId();
        pairs.add(RegistryChange.ofPair(campaign, pair.getSchool(), RegistryChange.Kind.PAIR_DISSOLVED,
                stamp(clock.instant()), pairs.schoolRefs(List.of(curator)).get(curator).name(), null));
        pairs.remove(pair);
        audit.record(AuditEventType.PAIR_DISSOLVED, pair.getSchool().scope(), target(pair),
                "curator school id " + pair.getCuratorSchoolId());
        pairsChanged.fire(new PairsChanged(regionCode));
    }

    private ChangeStamp stamp(Instant at) {
        return new ChangeStamp(guard.caller().getUsername(), guard.caller().getFullName(), at);
    }

    private static SchoolStatus statusOf(Optional<CampaignSchool> standing) {
        return standing.map(CampaignSchool::getStatus).orElse(null);
    }

    static String target(CuratorPair pair) {
        return "pair/" + pair.getId() + " " + pair.getSchool().scope();
    }
}
