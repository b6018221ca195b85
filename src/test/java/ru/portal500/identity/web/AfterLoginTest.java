package ru.portal500.identity.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After Keycloak's login the person lands on the portal's page they asked for, with its query, and nowhere else. */
class AfterLoginTest {

    private static final String DASHBOARD = "/portal/app/dashboard.xhtml";

    @Test
    void thePageAskedForWithItsQuery() {
        assertEquals("/portal/app/contest.xhtml?id=17",
                AfterLogin.target("http://localhost:8080/portal/app/contest.xhtml?id=17", "/portal"));
        assertEquals("/portal/app/document.xhtml?id=3&version=2",
                AfterLogin.target("https://portal.example/portal/app/document.xhtml?id=3&version=2", "/portal"));
        assertEquals("/app/profile.xhtml", AfterLogin.target("http://localhost/app/profile.xhtml", ""));
    }

    @Test
    void nothingAskedForOrAnAddressOutsideThePortalsPagesLeadsToTheDashboard() {
        assertEquals(DASHBOARD, AfterLogin.target(null, "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("http://localhost/portal/callback?code=1", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("http://localhost/other/app/x.xhtml", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("http://localhost/portal/app//evil.example/x", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("http://localhost/portal/app/../callback", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target("not an address at all", "/portal"));
        assertEquals(DASHBOARD, AfterLogin.target(42, "/portal"));
    }
}
