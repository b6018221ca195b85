package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.PeopleAdministration;
import ru.portal500.identity.application.PeopleAdministration.Holder;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.PairingRights;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.registry.infrastructure.CampaignRepository;
import ru.portal500.registry.infrastructure.PairRepository;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.School;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading pairs: everybody acting in the region reads those within their scope. */
@ApplicationScoped
public class PairsOverview {

    @Inject
    AccessGuard guard;

    @Inject
    PairAccess access;

    @Inject
    PairRepository pairs;

    @Inject
    CampaignRepository campaigns;

    @Inject
    PairViews views;

    @Inject
    TerritoryDirectory directory;

    @Inject
    PeopleAdministration people;

    @Transactional
    public List<PairView> pairs(String regionCode, int year) {
        return views.of(pairs.of(access.campaign(regionCode, year, "pairs.list")));
    }

    /** The campaign's ШНОР and ШССУ schools in scope, each with its pair or none. */
    @Transactional
    public List<PairingRow> rows(String regionCode, int year) {
        Campaign campaign = access.campaign(regionCode, year, "pairs.list");
        Map<Long, PairView> bySchool = views.of(pairs.of(campaign)).stream()
                .collect(Collectors.toMap(p -> p.school().id(), Function.identity()));
        return pairs.supported(campaign).stream().map(cs -> new PairingRow(SchoolRef.of(cs.getSchool()), cs.getStatus(),
                bySchool.get(cs.getSchool().getId()))).toList();
    }

    /** A school's pair in a campaign (for the school's card); empty without campaign or pair. */
    @Transactional
    public Optional<PairView> ofSchool(long schoolId, int year) {
        School school = directory.school(schoolId);
        return campaigns.find(school.scope().region(), year)
                .flatMap(campaign -> pairs.ofSchool(campaign, school)).map(views::of);
    }

    /** The schools the caller may choose as the school's curator school in the campaign, by municipality and name. */
    @Transactional
    public List<SchoolRef> curatorCandidates(String regionCode, int year, SchoolRef forSchool) {
        Campaign campaign = access.campaign(regionCode, year, "pairs.list");
        Caller caller = guard.caller();
        return pairs.curatorCandidates(campaign).stream().filter(s -> s.getId() != forSchool.id())
                .filter(s -> PairingRights.mayChooseCuratorIn(caller, forSchool.scope(), s.getMunicipality().scope()))
                .map(SchoolRef::of).toList();
    }

    /**
     * People who could help the school, one entry per person: whoever holds a role where the caller
     * administers people around it (the whole region for its operator, the municipality for a coordinator).
     */
    public Collection<Holder> helperCandidates(SchoolRef forSchool) {
        Caller caller = guard.caller();
        Scope region = Scope.ofRegion(forSchool.region());
        Scope where = caller.holds(Role.REGIONAL_OPERATOR, region) ? region : forSchool.scope().parent().orElseThrow();
        Map<String, Holder> byPerson = new LinkedHashMap<>();
        people.holders(where).forEach(h -> byPerson.putIfAbsent(h.username(), h));
        return byPerson.values();
    }
}
