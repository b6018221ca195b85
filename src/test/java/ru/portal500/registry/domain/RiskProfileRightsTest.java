package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RiskProfileRightsTest {

    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");

    private static RiskProfileRights rightsOf(String... groupPaths) {
        return RiskProfileRights.of(Caller.authenticated("sub", "user", "User", List.of(), List.of(groupPaths)), ATK_1);
    }

    @Test
    void theSchoolTeamEntersAndChoosesButDoesNotVerify() {
        assertEquals(new RiskProfileRights(true, true, false, true), rightsOf("/64/atkarsky/atk-1/school-team"));
    }

    @Test
    void theCuratorOfTheSchoolDoesEverything() {
        assertEquals(new RiskProfileRights(true, true, true, true), rightsOf("/64/atkarsky/atk-1/curator"));
    }

    @Test
    void theCoordinatorAndTheOperatorEnterAndVerifyNeitherChooses() {
        assertEquals(new RiskProfileRights(true, true, true, false), rightsOf("/64/atkarsky/municipal-coordinator"),
                "a school nobody curates yet is verified by its coordinator");
        assertEquals(new RiskProfileRights(true, true, true, false), rightsOf("/64/regional-operator"));
    }

    @Test
    void expertsRead() {
        assertEquals(new RiskProfileRights(true, false, false, false), rightsOf("/64/expert"));
    }

    @Test
    void rolesElsewhereGiveNothing() {
        RiskProfileRights none = new RiskProfileRights(false, false, false, false);
        assertEquals(none, rightsOf("/64/atkarsky/atk-3/curator", "/64/atkarsky/atk-3/school-team"));
        assertEquals(none, rightsOf("/64/balashovsky/municipal-coordinator", "/23/regional-operator"));
        assertEquals(none, rightsOf("/64/atkarsky/atk-1/teacher"));
    }
}
