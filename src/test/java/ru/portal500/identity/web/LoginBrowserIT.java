package ru.portal500.identity.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;
import ru.portal500.it.TestInfrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in headless Chromium: the start page, Keycloak's login page, the dashboard, logout, errors. */
class LoginBrowserIT extends BrowserTest {

    private void logInFromStartPage(String username) {
        browser.open(page("/"));
        assertEquals("Поддержка школ с низкими образовательными результатами", browser.text("#startHeading"));
        browser.click("#login");
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer() + "/protocol/openid-connect/auth");
        assertEquals("Вход в учетную запись", browser.text("#kc-page-title"), "Keycloak's page speaks Russian too");
        browser.logInOnKeycloak(username, DemoUsers.PASSWORD);
        browser.awaitUrlContaining("/app/dashboard.xhtml");
    }

    @Test
    void aCoordinatorLogsInThroughKeycloakSeesTheDashboardAndLogsOutOfBoth() {
        logInFromStartPage("coordinator");
        assertEquals("Здравствуйте, Марина Координаторова!", browser.text("#greeting"));
        browser.screenshot("dashboard");
        assertEquals("Муниципальный координатор", browser.text("#roles"));
        assertEquals("Марина Координаторова", browser.text("#callerName"));

        browser.click("#mainMenu a[href$='/app/territories.xhtml']");
        browser.awaitUrlContaining("/app/territories.xhtml");
        assertTrue(browser.text("#municipalities").contains("Аткарский муниципальный район"));
        assertFalse(browser.text("#municipalities").contains("Абинский"), "another region's municipality");
        assertFalse(browser.text("#municipalities").contains("Балашовский"), "another municipality");

        browser.click("#mainMenu a[href$='/app/schools.xhtml']");
        browser.awaitUrlContaining("/app/schools.xhtml");
        assertTrue(browser.text("#schools\\:list").contains("МБОУ «СОШ № 1 г. Аткарска»"), "the lazy school list");
        assertFalse(browser.text("#schools\\:list").contains("Балашова"), "another municipality's school");
        browser.type("#schools\\:text", "№ 3");
        browser.click("#schools\\:search");
        browser.awaitText("1–1 / 1");
        assertTrue(browser.text("#schools\\:list").contains("МБОУ «СОШ № 3 г. Аткарска»"));

        browser.click("#languageForm\\:en");
        assertEquals("Schools", browser.find("h1").getText());

        logOut();
        assertTrue(browser.find("#login").isDisplayed(), "back on the start page, logged out");

        // Keycloak's session ended too: the dashboard asks for the password again.
        browser.open(page("/app/dashboard.xhtml"));
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer());
        assertTrue(browser.find("#password").isDisplayed());
    }

    @Test
    void aTeacherSeesTheirRoleButNotTheTerritories() {
        logInFromStartPage("teacher");
        assertEquals("Педагог", browser.text("#roles"));
        assertFalse(browser.text("#mainMenu").contains("Территории"), "the menu follows the role");

        browser.open(page("/app/territories.xhtml"));
        assertEquals("Доступ запрещён", browser.text("#errorTitle"));
        assertFalse(browser.pageText().contains("Абинский"), "nothing of the data leaks onto the error page");
    }

    @Test
    void aRevokedRoleLeavesAnOpenSessionWhenItsTokenIsRefreshed() throws Exception {
        PortalApi api = new PortalApi(base);
        String grant = "{\"username\":\"teacher\",\"role\":\"curator\",\"scope\":\"/64/atkarsky/atk-3\"}";
        assertEquals(204, api.post("/grants", grant, KeycloakTokens.accessToken("operator")).statusCode());
        try (var shortLived = KeycloakTokens.shortLivedTokens("portal", 3)) {
            logInFromStartPage("teacher");
            assertTrue(browser.text("#places").contains("МБОУ «СОШ № 3 г. Аткарска»"));

            assertEquals(204, api.delete("/grants", grant, KeycloakTokens.accessToken("operator")).statusCode());
            Thread.sleep(4000);
            browser.open(page("/app/dashboard.xhtml"));
            assertEquals("Педагог", browser.text("#roles"), "still logged in, with the fresh roles only");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("places")).isEmpty(),
                    "the revoked school is gone from the session");
        }
    }

    @Test
    void unknownPagesAndExpiredViewsAreExplainedInRussian() {
        browser.open(page("/no-such-page.xhtml"));
        assertEquals("Страница не найдена", browser.text("#errorTitle"));

        browser.open(page("/"));
        browser.find("#languageForm\\:en");
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            browser.driver().manage().deleteCookie(cookie);
        }
        browser.click("#languageForm\\:en");
        assertEquals("Страница устарела", browser.text("#errorTitle"));
    }
}
