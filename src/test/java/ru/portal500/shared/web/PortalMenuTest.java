package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalMenuTest {

    private static List<String> labels(Caller caller) {
        return PortalMenu.entriesFor(caller).stream().map(PortalMenu.Entry::labelKey).toList();
    }

    @Test
    void aVisitorSeesTheHomePageOnly() {
        assertEquals(List.of("menu.home", "menu.practices", "menu.search"), labels(Caller.anonymous()));
    }

    @Test
    void aCuratorSeesTheDashboardSchoolsCampaignsAndTheRiskProfileButNotTheTerritories() {
        assertEquals(List.of("menu.home", "menu.dashboard", "menu.practices", "menu.search", "menu.schools", "menu.campaigns", "menu.riskProfile",
                        "menu.documents", "menu.documentQueue"),
                labels(Caller.authenticated("s", "curator", "C", List.of("curator"))));
    }

    @Test
    void expertsAndSchoolTeamsFindTheirReviews() {
        assertEquals(List.of("menu.home", "menu.dashboard", "menu.practices", "menu.search", "menu.schools",
                        "menu.campaigns", "menu.expertise"),
                labels(Caller.authenticated("s", "e", "E", List.of("expert"))));
    }

    @Test
    void operatorsAndCoordinatorsSeeTerritoriesPairsAndPeopleOperatorsTheChecklistsAndTheAuditLog() {
        assertEquals(List.of("menu.home", "menu.dashboard", "menu.practices", "menu.search", "menu.searchSettings",
                        "menu.territories", "menu.schools", "menu.campaigns", "menu.pairs", "menu.expertise", "menu.checklists",
                        "menu.people", "menu.audit"),
                labels(Caller.authenticated("s", "o", "O", List.of("regional-operator"))));
        assertEquals(List.of("menu.home", "menu.dashboard", "menu.practices", "menu.search", "menu.territories", "menu.schools", "menu.campaigns",
                        "menu.pairs", "menu.municipality", "menu.documentQueue", "menu.expertise", "menu.people"),
                labels(Caller.authenticated("s", "c", "C", List.of("municipal-coordinator"))));
    }
}
