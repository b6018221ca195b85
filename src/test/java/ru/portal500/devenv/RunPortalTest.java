package ru.portal500.devenv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run waits for the portal itself, not for Payara alone, before it seeds the demo year and says it is up. */
class RunPortalTest {

    @Test
    void payarasReadinessBeforeTheWarIsDeployedIsNotThePortals() {
        assertFalse(RunPortal.portalDeployed("{\"status\":\"UP\",\"checks\":[]}"),
                "Payara answers UP with no checks while the war deploys (the API answers 404 then)");
        assertFalse(RunPortal.portalDeployed(null));
        assertFalse(RunPortal.portalDeployed("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\","
                + "\"data\":{}}]}"), "the database is away");
        assertTrue(RunPortal.portalDeployed("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\","
                + "\"data\":{}},{\"name\":\"storage\",\"status\":\"UP\",\"data\":{\"files\":\"true\",\"index\":\"true\"}}]}"),
                "the portal's own checks answer");
    }
}
