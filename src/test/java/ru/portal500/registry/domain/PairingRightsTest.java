package ru.portal500.registry.domain;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairingRightsTest {

    private static final Scope ATK_1 = Scope.ofSchool("64", "atkarsky", "atk-1");
    private static final Scope ATKARSKY = Scope.ofMunicipality("64", "atkarsky");
    private static final Scope BALASHOVSKY = Scope.ofMunicipality("64", "balashovsky");

    private static Caller holding(String... groupPaths) {
        return Caller.authenticated("s", "u", "U", List.of(), List.of(groupPaths));
    }

    @Test
    void theCoordinatorPairsWithinTheMunicipalityTheOperatorAcrossTheRegion() {
        Caller coordinator = holding("/64/atkarsky/municipal-coordinator");
        Caller operator = holding("/64/regional-operator");
        assertTrue(PairingRights.mayManage(coordinator, ATK_1));
        assertTrue(PairingRights.mayChooseCuratorIn(coordinator, ATK_1, ATKARSKY));
        assertFalse(PairingRights.mayChooseCuratorIn(coordinator, ATK_1, BALASHOVSKY));
        assertTrue(PairingRights.mayChooseCuratorIn(operator, ATK_1, BALASHOVSKY));
    }

    @Test
    void othersDoNotManagePairs() {
        assertFalse(PairingRights.mayManage(holding("/64/balashovsky/municipal-coordinator"), ATK_1));
        assertFalse(PairingRights.mayManage(holding("/23/regional-operator"), ATK_1));
        assertFalse(PairingRights.mayManage(holding("/64/atkarsky/atk-1/curator", "/64/expert"), ATK_1));
        assertFalse(PairingRights.mayChooseCuratorIn(holding("/64/expert"), ATK_1, ATKARSKY));
    }
}
