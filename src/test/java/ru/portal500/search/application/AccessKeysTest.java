package ru.portal500.search.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessKeysTest {

    private static Caller with(Grant... grants) {
        return Caller.authenticated("s", "u", "U", java.util.Arrays.stream(grants).map(g -> g.role().keycloakName())
                .toList(), java.util.Arrays.stream(grants).map(Grant::groupPath).toList());
    }

    @Test
    void aDocumentOpensToItsSchoolMunicipalityAndRegionReaders() {
        Set<String> document = AccessKeys.ofSchool("64", "atkarsky", "atk-1");
        Set<String> team = AccessKeys.of(with(new Grant(Role.SCHOOL_TEAM, Scope.ofSchool("64", "atkarsky", "atk-1"))));
        Set<String> coordinator = AccessKeys.of(with(new Grant(Role.MUNICIPAL_COORDINATOR,
                Scope.ofMunicipality("64", "atkarsky"))));
        Set<String> operator = AccessKeys.of(with(new Grant(Role.REGIONAL_OPERATOR, Scope.ofRegion("64"))));
        for (Set<String> reader : List.of(team, coordinator, operator)) {
            assertTrue(reader.stream().anyMatch(document::contains), reader.toString());
        }
    }

    @Test
    void teachersVisitorsAndOtherPlacesOpenOnlyWhatIsPublic() {
        Set<String> document = AccessKeys.ofSchool("64", "atkarsky", "atk-1");
        Set<String> teacher = AccessKeys.of(with(new Grant(Role.TEACHER, Scope.ofSchool("64", "atkarsky", "atk-1"))));
        Set<String> otherSchool = AccessKeys.of(with(new Grant(Role.SCHOOL_TEAM, Scope.ofSchool("64", "atkarsky",
                "atk-3"))));
        Set<String> otherRegion = AccessKeys.of(with(new Grant(Role.REGIONAL_OPERATOR, Scope.ofRegion("23"))));
        for (Set<String> outsider : List.of(teacher, otherSchool, otherRegion, AccessKeys.of(Caller.anonymous()))) {
            assertTrue(outsider.contains(AccessKeys.PUBLIC));
            assertTrue(outsider.stream().noneMatch(document::contains), outsider.toString());
        }
        assertEquals(Set.of(AccessKeys.PUBLIC), AccessKeys.of(Caller.anonymous()));
    }

    private static Caller juror(String username, long contestId) {
        ContestGrant grant = new ContestGrant("64", contestId, Role.JURY_MEMBER);
        return Caller.authenticated("s", username, "U", List.of(Role.JURY_MEMBER.keycloakName()),
                List.of(grant.groupPath()));
    }

    @Test
    void aCaseOpensToTheContestsOrganisersAndToTheJurorsNamedOnly() {
        Set<String> judged = AccessKeys.ofCase("64", 17, List.of("ivanova"));
        Set<String> regionOrganiser = AccessKeys.of(with(new Grant(Role.CONTEST_ORGANISER, Scope.ofRegion("64"))));
        Set<String> contestOrganiser = AccessKeys.of(Caller.authenticated("s", "petrov", "P",
                List.of(Role.CONTEST_ORGANISER.keycloakName()),
                List.of(new ContestGrant("64", 17, Role.CONTEST_ORGANISER).groupPath())));
        for (Set<String> reader : List.of(regionOrganiser, contestOrganiser, AccessKeys.of(juror("ivanova", 17)))) {
            assertTrue(reader.stream().anyMatch(judged::contains), reader.toString());
        }
        Set<String> otherRegionOrganiser = AccessKeys.of(with(new Grant(Role.CONTEST_ORGANISER, Scope.ofRegion("23"))));
        Set<String> conflictedJuror = AccessKeys.of(juror("sidorov", 17));
        Set<String> otherContestJuror = AccessKeys.of(juror("ivanova", 18));
        Set<String> operator = AccessKeys.of(with(new Grant(Role.REGIONAL_OPERATOR, Scope.ofRegion("64"))));
        for (Set<String> outsider : List.of(otherRegionOrganiser, conflictedJuror, otherContestJuror, operator,
                AccessKeys.of(Caller.anonymous()))) {
            assertTrue(outsider.stream().noneMatch(judged::contains), outsider.toString());
        }
    }
}
