package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignPlanned;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.CarriedPair;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.LeavingReason;
import ru.portal500.registry.domain.RegistryRuleException;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.CampaignSchoolRepository;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The next school year: the regional operator rolls a campaign over into the next one (planned a year later when it
 * was not planned yet) and the old one becomes a read-only archive. Statuses are proposed again from the new results
 * by the region's rule, and the worksheet puts them beside last year's; a school of last year's programme leaves it
 * with its reason on record; last year's pairs, with their helpers, wait in the new campaign for their coordinator's
 * confirmation. (Unfinished roadmap measures are carried by the roadmaps themselves, when next year's is begun.)
 */
@ApplicationScoped
public class CampaignRollover {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignSchoolRepository campaignSchools;

    @Inject
    PairRepository pairs;

    @Inject
    IdentificationService identification;

    @Inject
    PairFormation formation;

    @Inject
    PairHelpers helpers;

    @Inject
    Event<CampaignPlanned> planned;

    Clock clock = Clock.systemUTC();

    /** What a rollover did: the next campaign's year, whether it was planned now, the pairs waiting to be confirmed. */
    public record Outcome(int schoolYear, boolean planned, int schoolsInProgramme, int carriedPairs) {
    }

    /** What the worksheet proposes for a school of last year's programme or proposed now. */
    public enum Proposal {
        /** In the programme last year and proposed again by the new results. */
        CONTINUES,
        /** In the programme last year; the new results no longer propose it: it stays (with a reason) or leaves. */
        NOT_PROPOSED,
        /** Proposed by the new results, not in the programme last year. */
        NEW
    }

    /** One school of the worksheet: last year's status, what the new results propose, what is decided now. */
    public record Line(School school, SchoolStatus lastYear, Proposal proposal, CampaignSchool now,
                       CarriedPair pair) {

        public boolean decided() {
            return now != null && now.getDecidedBy() != null;
        }

        public boolean left() {
            return now != null && now.leaving().isPresent();
        }
    }

    /** A pair carried over with the names of its schools, as its coordinator sees it. */
    public record PairLine(CarriedPair pair, SchoolRef curatorSchool, SchoolStatus statusNow) {

        public boolean confirmable() {
            return pair.isProposed() && statusNow != null && statusNow.isSupported();
        }
    }

    @Transactional
    public Outcome rollOver(String regionCode, int fromYear) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "campaign.rollover");
        Campaign from = guard.requireFound(campaigns.find(regionCode, fromYear), "campaign");
        Instant now = clock.instant();
        Optional<Campaign> plannedAlready = campaigns.find(regionCode, fromYear + 1);
        Campaign next;
        if (plannedAlready.isPresent()) {
            next = plannedAlready.get();
            from.archiveFor(next, now);
        } else {
            next = campaigns.add(from.rollOver(now));
            planned.fire(new CampaignPlanned(next));
        }
        Set<Long> carried = new HashSet<>();
        pairs.carried(next).forEach(c -> carried.add(c.getSchool().getId()));
        pairs.of(next).forEach(p -> carried.add(p.getSchool().getId()));
        int count = 0;
        for (CuratorPair pair : pairs.of(from)) {
            if (carried.add(pair.getSchool().getId())) {
                pairs.add(new CarriedPair(pair, next));
                count++;
            }
        }
        int inProgramme = pairs.supported(from).size();
        audit.record(AuditEventType.CAMPAIGN_ROLLED_OVER, guard.region(regionCode), String.valueOf(fromYear),
                next.getSchoolYear() + " " + count);
        return new Outcome(next.getSchoolYear(), plannedAlready.isEmpty(), inProgramme, count);
    }

    /**
     * The new campaign's worksheet: every school of last year's programme and every school the new results propose,
     * with last year's status, the proposal, the decision taken now and its carried pair; by municipality and name.
     */
    @Transactional
    public List<Line> worksheet(String regionCode, int year) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "rollover.worksheet");
        Campaign next = guard.requireFound(campaigns.find(regionCode, year), "campaign");
        Campaign last = guard.requireFound(campaigns.find(regionCode, year - 1), "campaign");
        Map<Long, SchoolStatus> lastYear = new HashMap<>();
        Map<Long, School> schools = new LinkedHashMap<>();
        for (CampaignSchool s : pairs.supported(last)) {
            lastYear.put(s.getSchool().getId(), s.getStatus());
            schools.put(s.getSchool().getId(), s.getSchool());
        }
        Set<Long> proposedNow = new HashSet<>();
        for (IdentificationService.Proposal p : identification.propose(regionCode, year)) {
            proposedNow.add(p.school().getId());
            schools.putIfAbsent(p.school().getId(), p.school());
        }
        Map<Long, CampaignSchool> now = new HashMap<>();
        campaignSchools.statuses(next).forEach(s -> now.put(s.getSchool().getId(), s));
        Map<Long, CarriedPair> carried = new HashMap<>();
        pairs.carried(next).forEach(c -> carried.put(c.getSchool().getId(), c));
        return schools.values().stream()
                .map(s -> new Line(s, lastYear.get(s.getId()),
                        !lastYear.containsKey(s.getId()) ? Proposal.NEW
                                : proposedNow.contains(s.getId()) ? Proposal.CONTINUES : Proposal.NOT_PROPOSED,
                        now.get(s.getId()), carried.get(s.getId())))
                .sorted(Comparator.comparing((Line l) -> l.school().getMunicipality().getName())
                        .thenComparing(l -> l.school().getName()))
                .toList();
    }

    /** A school of last year's programme leaves it in the campaign of {@code year}, for the reason given. */
    @Transactional
    public CampaignSchool leave(String regionCode, int year, long schoolId, LeavingReason reason, String words) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "rollover.leave");
        Campaign next = guard.requireFound(campaigns.find(regionCode, year), "campaign");
        next.requireOpen();
        Campaign last = guard.requireFound(campaigns.find(regionCode, year - 1), "campaign");
        CampaignSchool before = guard.requireFound(pairs.supported(last).stream()
                .filter(s -> s.getSchool().getId() == schoolId).findFirst(), "school/" + schoolId);
        School school = before.getSchool();
        CampaignSchool row = campaignSchools.status(next, schoolId)
                .orElseGet(() -> campaignSchools.add(new CampaignSchool(next, school)));
        if (pairs.ofSchool(next, school).isPresent()) {
            throw new InvalidRequestException("rollover.error.leavingPaired", school.getName());
        }
        campaignSchools.add(row.leave(before.getStatus(), reason, words, stamp()));
        audit.record(AuditEventType.SCHOOL_STATUS_DECIDED, school.scope(), school.getName(),
                year + ": OTHER — " + reason + (words == null || words.isBlank() ? "" : ": " + words.strip()));
        return row;
    }

    /** The pairs carried into the campaign of {@code year} that the caller may see, by school. */
    @Transactional
    public List<PairLine> carriedPairs(String regionCode, int year) {
        guard.requireActsIn(regionCode, "rollover.pairs");
        Campaign next = guard.requireFound(campaigns.find(regionCode, year), "campaign");
        List<CarriedPair> carried = pairs.carried(next);
        Map<Long, SchoolRef> curators = pairs.schoolRefs(carried.stream().map(CarriedPair::getCuratorSchoolId)
                .toList());
        Map<Long, SchoolStatus> now = new HashMap<>();
        campaignSchools.statuses(next).forEach(s -> now.put(s.getSchool().getId(), s.getStatus()));
        return carried.stream()
                .map(c -> new PairLine(c, curators.get(c.getCuratorSchoolId()), now.get(c.getSchool().getId())))
                .sorted(Comparator.comparing((PairLine l) -> l.pair().getSchool().getName()))
                .toList();
    }

    /**
     * Last year's pair formed again, with the helpers kept ({@code keptHelpers}, their logins; a helper who no
     * longer fits is refused by name, and nothing is formed). The school must be in the programme this year.
     */
    @Transactional
    public PairView confirmPair(String regionCode, int year, long carriedId, Collection<String> keptHelpers) {
        CarriedPair carried = carried(regionCode, year, carriedId, "rollover.pairs.confirm");
        List<CarriedPair.Helper> named = carried.confirm(keptHelpers == null ? List.of() : keptHelpers, stamp());
        School school = carried.getSchool();
        SchoolRef curator = pairs.schoolRefs(List.of(carried.getCuratorSchoolId())).get(carried.getCuratorSchoolId());
        if (curator == null) {
            throw new RegistryRuleException("rollover.error.curatorGone", school.getName());
        }
        PairView pair = formation.form(regionCode, year,
                new SchoolCode(school.getMunicipality().getCode(), school.getCode()),
                new SchoolCode(curator.municipalityCode(), curator.code()));
        PairView result = pair;
        for (CarriedPair.Helper h : named) {
            result = helpers.name(regionCode, year, pair.id(), h.function(), h.username());
        }
        return result;
    }

    /** Last year's pair not formed again, with the note why. */
    @Transactional
    public CarriedPair dropPair(String regionCode, int year, long carriedId, String note) {
        CarriedPair carried = carried(regionCode, year, carriedId, "rollover.pairs.drop");
        carried.drop(note, stamp());
        return carried;
    }

    private CarriedPair carried(String regionCode, int year, long carriedId, String action) {
        guard.requireActsIn(regionCode, action);
        Campaign next = guard.requireFound(campaigns.find(regionCode, year), "campaign");
        next.requireOpen();
        CarriedPair carried = guard.requireFound(pairs.carried(next).stream()
                .filter(c -> c.getId() == carriedId).findFirst(), "pair/" + carriedId);
        guard.require(ru.portal500.registry.domain.PairingRights.mayManage(guard.caller(),
                carried.getSchool().scope()), carried.getSchool().scope(), action);
        return carried;
    }

    private ChangeStamp stamp() {
        Caller caller = guard.caller();
        return new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant());
    }
}
