package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.expertise.domain.ConflictsOfInterest;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.infrastructure.RoundRepository;
import ru.portal500.identity.application.PeopleDirectory;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.PairHelper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who can review in a round and what stands in their way: the experts named for the round's place (its
 * municipality or its region; a municipal round also draws on the region's experts) with the schools they
 * belong to, and the campaign's pairs as conflicts of interest.
 */
@ApplicationScoped
public class ReviewerPool {

    @Inject
    PeopleDirectory directory;

    @Inject
    RoundRepository repository;

    @Inject
    PersonRecords records;

    /**
     * An expert, with the schools where they hold any role (their own, the ones they curate) and their home
     * organisation from their person record: a school (with its municipality) or a municipality, null where unknown.
     */
    public record Expert(String username, String name, Set<Long> schools, Long homeSchool, Long homeMunicipality) {

        public ConflictsOfInterest.ExpertPlaces places() {
            return new ConflictsOfInterest.ExpertPlaces(username, schools, homeSchool, homeMunicipality);
        }
    }

    public List<Expert> experts(ExpertiseRound round) {
        Map<String, PeopleDirectory.Contact> named = new LinkedHashMap<>();
        List<Scope> places = round.getMunicipality() == null ? List.of(round.scope())
                : List.of(round.scope(), round.scope().parent().orElseThrow());
        for (Scope place : places) {
            directory.holding(Role.EXPERT, place).forEach(c -> named.putIfAbsent(c.username(), c));
        }
        String region = round.getCampaign().getRegion().getCode();
        Map<String, Scope> homes = records.homesIn(region, named.keySet());
        return named.values().stream().map(c -> {
            Scope home = homes.get(c.username());
            Long homeSchool = home == null || home.level() != Scope.Level.SCHOOL ? null
                    : repository.schoolIds(region, Set.of(home)).stream().findFirst().orElse(null);
            Long homeMunicipality = home == null || !home.region().equals(region) ? null
                    : repository.municipality(region, home.municipality()).map(Municipality::getId).orElse(null);
            return new Expert(c.username(), c.fullName(), schoolsOf(round, c.username()), homeSchool, homeMunicipality);
        }).toList();
    }

    public Optional<Expert> expert(ExpertiseRound round, String username) {
        return experts(round).stream().filter(e -> e.username().equals(username)).findFirst();
    }

    public ConflictsOfInterest conflicts(ExpertiseRound round) {
        List<CuratorPair> pairs = repository.pairs(round.getCampaign());
        return new ConflictsOfInterest(
                pairs.stream().collect(Collectors.toMap(p -> p.getSchool().getId(), CuratorPair::getCuratorSchoolId)),
                pairs.stream().collect(Collectors.toMap(p -> p.getSchool().getId(),
                        p -> p.getHelpers().stream().map(PairHelper::getUsername).collect(Collectors.toSet()))));
    }

    private Set<Long> schoolsOf(ExpertiseRound round, String username) {
        String region = round.getCampaign().getRegion().getCode();
        Set<Scope> schools = directory.grantsIn(username, region).stream().map(Grant::scope)
                .filter(s -> s.level() == Scope.Level.SCHOOL).collect(Collectors.toSet());
        return repository.schoolIds(region, schools);
    }
}
